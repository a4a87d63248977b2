package io.credit.app.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * A full disk: the prepared state on a tmpfs just larger than it, so the nightly run fills it. The run
 * must fail cleanly (a non-zero exit code, an error message, the job not COMPLETED, no half-published
 * snapshot); then the tmpfs is enlarged (space freed) and a restart must complete with the baseline's
 * tables. Needs root (mount); otherwise it is skipped with a message saying so.
 */
final class DiskFullScenario {
  private final FaultSuite suite;
  private final FaultSuite.Baseline baseline;
  private final SparkSession spark;

  DiskFullScenario(FaultSuite suite, FaultSuite.Baseline baseline, SparkSession spark) {
    this.suite = suite;
    this.baseline = baseline;
    this.spark = spark;
  }

  TrialResult run(int trial) throws IOException, InterruptedException, SQLException {
    Path mount = suite.work().resolve("disk-full");
    Files.createDirectories(mount);
    long used = DataDirs.blockBytes(suite.prepared());
    // room for about a quarter of what the nightly writes: it fails part-way
    long room = Math.max(64 * 1024, baseline.growthBytes() / 4) / 4096 * 4096;
    String failure = exec("mount", "-t", "tmpfs", "-o", "size=" + (used + room), "credit-faults", mount.toString());
    if (failure != null) {
      return new TrialResult(trial, "disk-full", "-", "skipped", 0, 0, List.of(), List.of(),
          "skipped: cannot mount a tmpfs (needs root): " + failure);
    }
    try {
      Path dir = mount.resolve("data");
      DataDirs.copy(suite.prepared(), dir);
      int code;
      String message;
      String failedIn;
      try (NightlyChild child = NightlyChild.start(dir, suite.inbox(), suite.date(),
          suite.logs().resolve("trial-" + trial + "-disk-full.log"))) {
        code = child.await(FaultSuite.CHILD_TIMEOUT_SECONDS);
        message = child.lastMessage();
        failedIn = child.runningStep();
      }
      // free the space, then look at what the failed run left
      String grown = exec("mount", "-o", "remount,size=" + (used + 8 * baseline.growthBytes() + (64L << 20)), mount.toString());
      if (grown != null) {
        throw new IllegalStateException("cannot enlarge the tmpfs: " + grown);
      }
      List<InvariantResult> failedCleanly = new ArrayList<>();
      failedCleanly.add(new InvariantResult("fails-with-exit-code", code == 1 || code == 5, "exit " + code));
      failedCleanly.add(new InvariantResult("says-why", message.startsWith("error: "), message));
      PlatformState left = PlatformState.captureDatabase(dir, suite.inbox(), suite.date());
      failedCleanly.add(new InvariantResult("job-not-completed", !"COMPLETED".equals(left.nightlyStatus()),
          "nightly executions: " + left.nightlyHistory()));
      PlatformState.Snapshot s = left.current();
      boolean whole = "PUBLISHED".equals(s.status()) && s.rows() == s.recordedDecisions()
          && (!suite.date().toString().equals(s.runDate()) || s.missingCustomerProducts() == 0);
      failedCleanly.add(new InvariantResult("no-half-published-snapshot", whole && s.publishedForDate() <= 1,
          "current snapshot " + s.label() + " " + s.status() + " for " + s.runDate() + " with " + s.rows() + " of "
              + s.recordedDecisions() + " rows; " + s.publishedForDate() + " published for " + suite.date()));
      TrialResult restarted = suite.restartAndCheck(trial, "disk-full", "-", failedIn == null ? "-" : failedIn, 0, dir,
          baseline.state(), spark, "");
      List<InvariantResult> all = new ArrayList<>(failedCleanly);
      all.addAll(restarted.invariants());
      return new TrialResult(trial, "disk-full", "-", restarted.killedIn(), 0, restarted.restarts(),
          restarted.restartExitCodes(), all, "tmpfs of " + (used + room) / 1024 + " KiB (" + room / 1024
              + " KiB free; the clean nightly writes " + baseline.growthBytes() / 1024 + " KiB); " + restarted.note());
    } finally {
      exec("umount", mount.toString());
    }
  }

  /** Runs a system command; null when it succeeded, else its output. */
  private static String exec(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    return p.waitFor() == 0 ? null : (output.isEmpty() ? "exit " + p.exitValue() : output);
  }
}
