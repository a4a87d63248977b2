package io.credit.scoring.binning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WoeMathTest {
  @Test
  void woeAndIvMatchHandComputedValues() {
    // 30 goods of 80, 5 bads of 20: ln(0.375 / 0.25) = 0.405465; IV = 0.125 * 0.405465
    assertEquals(0.4054651081, WoeMath.woe(30, 5, 80, 20), 1e-9);
    assertEquals(0.0506831385, WoeMath.iv(30, 5, 80, 20), 1e-9);
    // same shares: WOE 0
    assertEquals(0.0, WoeMath.woe(40, 10, 80, 20), 1e-12);
    // 10 goods of 100, 30 bads of 50: ln(0.1 / 0.6) = -1.791759
    assertEquals(-1.7917594692, WoeMath.woe(10, 30, 100, 50), 1e-9);
    assertEquals((0.1 - 0.6) * -1.7917594692, WoeMath.iv(10, 30, 100, 50), 1e-9);
  }

  @Test
  void zeroCountsAreSmoothedAndEmptyBinsAreNeutral() {
    // no bads: 0.5 added to both: ln((10.5/80) / (0.5/20)) = ln(5.25)
    assertEquals(1.6582280766, WoeMath.woe(10, 0, 80, 20), 1e-9);
    assertEquals(0.0, WoeMath.woe(0, 0, 80, 20));
    assertEquals(0.0, WoeMath.iv(0, 0, 80, 20));
  }
}
