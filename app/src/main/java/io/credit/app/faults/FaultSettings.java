package io.credit.app.faults;

import java.nio.file.Path;

/**
 * What the suite runs: {@code trials} kills (round-robin over the steps), the seed of the kill points
 * and of the population, the population's size and history, the scratch folder, and whether to run
 * the disk-full scenario.
 */
record FaultSettings(int trials, long seed, int customers, int months, Path workDir, boolean diskFull) {
  FaultSettings {
    if (trials < 0 || trials > 1000) {
      throw new IllegalArgumentException("--trials must be 0..1000");
    }
    if (months < 9) {
      throw new IllegalArgumentException("--months must be at least 9 (the champion is trained and backtested on the history)");
    }
  }
}
