package io.credit.app.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.testing.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.step.StepExecution;

/** The nightly job's progress lines: a bar of Spark tasks on a terminal, plain lines elsewhere. */
class NightlyProgressTest {
  @Test
  void barShowsTheShareDoneAndNeverOverflows() {
    assertEquals("[2/5] features [##########----------]  50% 20/40 Spark tasks, 7 s",
        ProgressBar.render("[2/5] features", 20, 40, "Spark tasks", 7));
    assertEquals("[2/5] features [--------------------]   0% 0/0 Spark tasks, 0 s",
        ProgressBar.render("[2/5] features", 0, 0, "Spark tasks", 0));
    assertEquals("[3/5] score [####################] 100% 9/9 Spark tasks, 3 s",
        ProgressBar.render("[3/5] score", 12, 9, "Spark tasks", 3));
  }

  @Test
  void withoutATerminalEachStepGetsAPlainStartAndEndLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NightlyProgress progress = new NightlyProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, null);
    runOneStep(progress, "eligibility", () -> { });
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals("nightly 2025-02-15: starting\n[4/5] eligibility …\n[4/5] eligibility completed in 0.0 s: "
        + "decisions 12\n", out);
  }

  @Test
  void onATerminalALongSparkStepShowsABarOfItsTasksAndTheListenerServesTheNextRunToo() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NightlyProgress progress = new NightlyProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, null);
    TestSpark.session(); // a Spark step finds the session its predecessor created
    Runnable sparkWork = () -> {
      sleep(1_200);
      TestSpark.session().range(0, 200_000, 1, 8).selectExpr("sum(id)").collect();
      sleep(2_500); // the bar is redrawn every second
    };
    runOneStep(progress, "features", sparkWork);
    String first = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(first.matches("(?s).*\\[2/5\\] features \\[#+-*\\] +\\d+% \\d+/\\d+ Spark tasks, \\d+ s.*"), first);
    assertTrue(first.contains("100% "), "all tasks of the finished Spark job are counted: " + first);
    assertTrue(first.endsWith("\r\033[2K[2/5] features completed in 0.0 s: decisions 12\n"), first);

    bytes.reset();
    runOneStep(progress, "report", () -> sleep(1_200)); // a second run through the same listener
    String second = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(second.contains("[5/5] report … 0 s"), second);
    assertFalse(second.contains("Spark tasks"), "no Spark work in this step: " + second);
    progress.close();
  }

  private static void runOneStep(NightlyProgress progress, String name, Runnable work) {
    JobExecution job = new JobExecution(1L, new JobInstance(1L, NightlyJobConfiguration.JOB_NAME),
        new NightlyParameters(LocalDate.of(2025, 2, 15), 0, "m", 0.05).toJobParameters());
    progress.beforeJob(job);
    StepExecution step = new StepExecution(1L, name, job);
    LocalDateTime start = LocalDateTime.of(2025, 2, 15, 1, 30);
    step.setStartTime(start);
    progress.beforeStep(step);
    work.run();
    step.getExecutionContext().putLong("eligibility.decisions", 12);
    step.setEndTime(start);
    step.setStatus(BatchStatus.COMPLETED);
    progress.afterStep(step);
    progress.afterJob(job);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
