package io.credit.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PdoScalingTest {
  final PdoScaling s = PdoScaling.defaults();

  @Test
  void sixHundredAtFiftyToOneAndFiftyPointsToDoubleTheOdds() {
    assertEquals(50 / Math.log(2), s.factor(), 1e-12);
    assertEquals(600 - 50 / Math.log(2) * Math.log(50), s.offset(), 1e-9);
    assertEquals(600.0, s.rawScore(Math.log(50)), 1e-9);
    assertEquals(650.0, s.rawScore(Math.log(100)), 1e-9);
    assertEquals(550.0, s.rawScore(Math.log(25)), 1e-9);
    assertEquals(1.0 / 51, s.probabilityOfBad(600), 1e-12);
  }

  @Test
  void scoresAreRoundedAndClampedToTheScale() {
    assertEquals(612, s.score(611.5));
    assertEquals(950, s.score(1200));
    assertEquals(350, s.score(-40));
  }
}
