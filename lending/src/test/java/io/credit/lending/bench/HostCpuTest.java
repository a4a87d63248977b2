package io.credit.lending.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostCpuTest {
  @Test
  void stealIsTheStolenShareOfTheCpuTimeBetweenTwoReadings() {
    // user nice system idle iowait irq softirq steal guest guest_nice
    HostCpu before = HostCpu.parse("cpu  1000 0 500 8000 100 0 50 350 900 0");
    HostCpu after = HostCpu.parse("cpu  1300 0 600 8500 100 0 50 450 1200 0");
    assertEquals(new HostCpu(350, 10000), before, "guest time is inside user time, not added twice");
    assertEquals(10.0, HostCpu.stealPercent(Optional.of(before), Optional.of(after)));
  }

  @Test
  void unknownWithoutTwoReadingsOrOnAnOldKernelLine() {
    HostCpu a = HostCpu.parse("cpu 10 0 10 80");
    assertEquals(0, a.steal());
    assertNull(HostCpu.stealPercent(Optional.empty(), Optional.of(a)));
    assertNull(HostCpu.stealPercent(Optional.of(a), Optional.of(a)), "no time passed");
  }

  @Test
  void readsThisHostOnLinux() {
    if (System.getProperty("os.name").startsWith("Linux")) {
      HostCpu now = HostCpu.read().orElseThrow();
      assertTrue(now.total() > 0 && now.steal() >= 0 && now.steal() <= now.total());
    }
  }
}
