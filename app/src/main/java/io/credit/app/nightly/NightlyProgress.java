package io.credit.app.nightly;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * One progress line per step of the nightly job. On a terminal the running step's line shows its
 * elapsed time, updated every second; otherwise (logs, schedulers) only plain start and end lines.
 */
public class NightlyProgress implements JobExecutionListener, StepExecutionListener {
  static final List<String> STEPS = List.of("ingest", "features", "score", "eligibility", "report");

  private final PrintStream out;
  private final boolean terminal = System.console() != null;
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "nightly-progress");
    t.setDaemon(true);
    return t;
  });
  private ScheduledFuture<?> tick;

  public NightlyProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public void beforeJob(JobExecution execution) {
    out.printf("nightly %s: %s%n", execution.getJobParameters().getString(NightlyParameters.RUN_DATE),
        execution.getStepExecutions().isEmpty() ? "starting" : "restarting");
  }

  @Override
  public void beforeStep(StepExecution step) {
    String label = label(step);
    long started = System.nanoTime();
    if (terminal) {
      tick = ticker.scheduleAtFixedRate(() -> out.printf("\r%s … %d s ", label,
          (System.nanoTime() - started) / 1_000_000_000L), 0, 1, TimeUnit.SECONDS);
    } else {
      out.println(label + " …");
    }
  }

  @Override
  public ExitStatus afterStep(StepExecution step) {
    if (tick != null) {
      tick.cancel(false);
      tick = null;
      out.print("\r");
    }
    Duration took = Duration.between(step.getStartTime(), step.getEndTime() == null ? LocalDateTime.now() : step.getEndTime());
    out.printf("%s %s in %.1f s%s%n", label(step), step.getStatus().name().toLowerCase(), took.toMillis() / 1000.0,
        details(step.getExecutionContext().toMap()));
    return step.getExitStatus();
  }

  @Override
  public void afterJob(JobExecution execution) {
    ticker.shutdownNow();
  }

  private static String label(StepExecution step) {
    int i = STEPS.indexOf(step.getStepName());
    return "[" + (i + 1) + "/" + STEPS.size() + "] " + step.getStepName();
  }

  private static String details(Map<String, Object> context) {
    StringBuilder sb = new StringBuilder();
    context.forEach((k, v) -> {
      if (k.contains(".") && !k.startsWith("batch.")) {
        sb.append(sb.isEmpty() ? ": " : ", ").append(k.substring(k.indexOf('.') + 1)).append(' ').append(v);
      }
    });
    return sb.toString();
  }
}
