package io.credit.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault-injection suite with one kill per step (5 trials) and the disk-full scenario: every kill
 * lands in its step, every restart completes, every invariant holds against the clean run.
 *
 * <p>Tagged {@code faults} (profile {@code -Pfaults}), not {@code slow}: it has not yet run to the end
 * on the development machine (preparing its population took longer than the time box there), so it
 * stays out of CI until it has been seen green.
 */
@Tag("faults")
class FaultSuiteTest {
  @TempDir Path work;

  @Test
  void killsInEveryStepAndAFullDiskLeaveTheTablesOfACleanRun() throws Exception {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(new TeeStream(lines, System.out), true, StandardCharsets.UTF_8);
    FaultSuite.Report report = new FaultSuite(new FaultSettings(5, 7, 500, 12, work, true), out).run();

    Set<String> killedIn = new TreeSet<>();
    for (TrialResult r : report.trials()) {
      assertTrue(r.passed(), FaultSuite.line(r));
      assertEquals(Invariants.NAMES.size() + 1, r.invariants().size());
      killedIn.add(r.killedIn());
    }
    assertEquals(new TreeSet<>(KillPoint.STEPS), killedIn, "every step is killed once: " + lines);
    TrialResult disk = report.diskFull();
    Assumptions.assumeFalse(disk.invariants().isEmpty(), disk.note());
    assertTrue(disk.passed(), FaultSuite.line(disk));
  }

  /** Writes to two streams (the test keeps the suite's lines and still shows them). */
  private static final class TeeStream extends java.io.OutputStream {
    private final java.io.OutputStream a;
    private final java.io.OutputStream b;

    TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws java.io.IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws java.io.IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }
  }
}
