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
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * One progress line per step of the nightly job. On a terminal the running step's line is
 * redrawn every second: a progress bar of its Spark tasks (done of those submitted so far) for the
 * long Spark steps, its elapsed time otherwise. When standard output is not a terminal (logs,
 * schedulers, pipes) only plain start and end lines, no carriage returns.
 */
public class NightlyProgress implements JobExecutionListener, StepExecutionListener, AutoCloseable {
  static final List<String> STEPS = List.of("ingest", "features", "score", "eligibility", "report");
  private static final String CLEAR_LINE = "\r\033[2K";

  private final PrintStream out;
  private final boolean terminal;
  /** Where earlier executions of the same run are found, to tell a restart from a first start (may be null). */
  private final JobRepository repository;
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "nightly-progress");
    t.setDaemon(true);
    return t;
  });
  private ScheduledFuture<?> tick;
  private SparkTaskCounter tasks;
  /** The step started last in the current run (what a run that lost its database was doing). */
  private volatile String lastStarted;

  /** Progress on {@code out}, redrawn in place when the process runs on a terminal. */
  public NightlyProgress(PrintStream out, JobRepository repository) {
    this(out, System.console() != null, repository);
  }

  public NightlyProgress(PrintStream out, boolean terminal, JobRepository repository) {
    this.out = out;
    this.terminal = terminal;
    this.repository = repository;
  }

  @Override
  public void beforeJob(JobExecution execution) {
    lastStarted = null;
    out.printf("nightly %s: %s%n", execution.getJobParameters().getString(NightlyParameters.RUN_DATE),
        isRestart(execution) ? "restarting" : "starting");
  }

  /** A restart is a new execution of a job instance that has run before (its steps are not copied over). */
  private boolean isRestart(JobExecution execution) {
    return repository != null && execution.getJobInstance() != null
        && repository.getJobExecutions(execution.getJobInstance()).stream().anyMatch(e -> e.getId() != execution.getId());
  }

  @Override
  public synchronized void beforeStep(StepExecution step) {
    lastStarted = step.getStepName();
    String label = label(step);
    if (!terminal) {
      out.println(label + " …");
      return;
    }
    long started = System.nanoTime();
    SparkTaskCounter counter = new SparkTaskCounter();
    tasks = counter;
    tick = ticker.scheduleAtFixedRate(() -> {
      long seconds = (System.nanoTime() - started) / 1_000_000_000L;
      String line = counter.attachIfRunning() && counter.submitted() > 0
          ? ProgressBar.render(label, counter.done(), counter.submitted(), "Spark tasks", seconds)
          : ProgressBar.elapsed(label, seconds);
      synchronized (this) {
        if (tasks == counter) { // not after the step's end line
          out.print(CLEAR_LINE + line);
          out.flush();
        }
      }
    }, 0, 1, TimeUnit.SECONDS);
  }

  @Override
  public synchronized ExitStatus afterStep(StepExecution step) {
    if (tick != null) {
      tick.cancel(false);
      tick = null;
      tasks.close();
      tasks = null;
      out.print(CLEAR_LINE);
    }
    Duration took = Duration.between(step.getStartTime(), step.getEndTime() == null ? LocalDateTime.now() : step.getEndTime());
    out.printf("%s %s in %.1f s%s%n", label(step), step.getStatus().name().toLowerCase(), took.toMillis() / 1000.0,
        details(step.getExecutionContext().toMap()));
    return step.getExitStatus();
  }

  /** The same listener serves every run of the context (the scheduler runs several dates): keep the ticker. */
  @Override
  public synchronized void afterJob(JobExecution execution) {
    if (tick != null) {
      tick.cancel(false);
      tick = null;
      tasks.close();
      tasks = null;
    }
  }

  /** The name of the step started last in the current run, or null before the first. */
  public String lastStartedStep() {
    return lastStarted;
  }

  /** Stops the ticker thread (called when the Spring context closes). */
  @Override
  public void close() {
    ticker.shutdownNow();
  }

  static String label(StepExecution step) {
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
