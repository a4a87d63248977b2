package io.credit.app.nightly;

import io.credit.core.cli.BadInputException;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.db.DatabaseException;
import io.credit.core.lock.RunLock;
import io.credit.ingestion.batch.BatchContexts;
import io.credit.ingestion.batch.DatedJobRuns;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Runs the {@code nightly} job for a business date under the database lock: restarts a failed or
 * interrupted run at its failed step, does nothing for a completed date (unless forced), or starts
 * a new run.
 */
public final class NightlyRunner implements AutoCloseable {
  /** The lock's lease: renewed every third of it while the run lives; a crashed holder loses it after this. */
  public static final Duration LEASE = Duration.ofSeconds(90);

  private final Database database;
  private final Duration lease;
  private final AnnotationConfigApplicationContext context;
  private final JobOperator operator;
  private final Job job;
  private final DatedJobRuns runs;

  public NightlyRunner(PlatformConfig config, Database database) {
    this(config, database, LEASE);
  }

  /** A runner whose lock lease is {@code lease} (renewed every third of it while the run lives). */
  public NightlyRunner(PlatformConfig config, Database database, Duration lease) {
    if (lease.isNegative() || lease.toMillis() < 3_000) {
      throw new BadInputException("the lock lease must be at least 3 s, got " + lease.toMillis() + " ms");
    }
    this.database = database;
    this.lease = lease;
    this.context = BatchContexts.create(config, database, NightlyJobConfiguration.class);
    this.operator = context.getBean(JobOperator.class);
    this.job = context.getBean("nightlyJob", Job.class);
    this.runs = new DatedJobRuns(context.getBean(JobRepository.class), operator, NightlyJobConfiguration.JOB_NAME,
        database.dataSource());
  }

  public Set<LocalDate> completedDates() {
    return runs.completedDates();
  }

  public NightlyResult run(LocalDate date, boolean force, String model, double maxRejectRate) {
    long started = System.nanoTime();
    Optional<RunLock> lock = RunLock.tryAcquireSafely(database.jdbi(), "nightly", lease);
    if (lock.isEmpty()) {
      String holder = RunLock.holder(database.jdbi(), "nightly")
          .map(h -> h.owner() + " since " + h.acquiredAt() + " (lease until " + h.leaseUntil() + ")").orElse("another run");
      return new NightlyResult(date, NightlyResult.Outcome.LOCKED, List.of(),
          "another nightly run holds the lock on this database: " + holder, false, null, 0);
    }
    try (RunLock held = lock.get()) {
      List<JobExecution> earlier = runs.lastExecutions(date, p -> true);
      long forceRun = DatedJobRuns.lastForce(earlier);
      if (!force) {
        Optional<JobExecution> done = earlier.stream().filter(e -> e.getStatus() == BatchStatus.COMPLETED).findFirst();
        if (done.isPresent()) {
          return new NightlyResult(date, NightlyResult.Outcome.ALREADY_DONE, steps(done.get()),
              "nightly for " + date + " already completed (run " + done.get().getId() + " ended " + done.get().getEndTime()
                  + "); nothing changed. Use --force to run it again.", false, reportIndex(done.get()), 0);
        }
      } else if (earlier.isEmpty() || earlier.get(earlier.size() - 1).getStatus() == BatchStatus.COMPLETED) {
        forceRun++;
      } else {
        // the latest run (forced or not) failed or was interrupted: --force restarts it at its failed step,
        // as the failure message promises, instead of starting yet another run from the first step
        forceRun = earlier.get(earlier.size() - 1).getJobParameters().getLong(NightlyParameters.FORCE_RUN, 0L);
      }
      runs.recoverAbandoned(earlier);
      JobExecution execution;
      try {
        execution = operator.start(job, new NightlyParameters(date, forceRun, model, maxRejectRate).toJobParameters());
      } catch (Exception e) {
        if (DatabaseException.isConnectionFailure(e)) {
          String step = context.getBean(NightlyProgress.class).lastStartedStep();
          return databaseUnavailable(date, step == null ? "?" : step, e, List.of(), started);
        }
        throw new IllegalStateException("cannot launch the nightly job for " + date + ": " + e.getMessage(), e);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      if (execution.getStatus() == BatchStatus.COMPLETED) {
        return new NightlyResult(date, NightlyResult.Outcome.COMPLETED, steps(execution), null, false,
            reportIndex(execution), seconds);
      }
      Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
      String failedStep = execution.getStepExecutions().stream().filter(s -> s.getStatus() == BatchStatus.FAILED)
          .map(StepExecution::getStepName).findFirst().orElse("?");
      if (execution.getAllFailureExceptions().stream().anyMatch(DatabaseException::isConnectionFailure)) {
        return databaseUnavailable(date, failedStep, execution.getAllFailureExceptions().stream()
            .filter(DatabaseException::isConnectionFailure).findFirst().orElseThrow(), steps(execution), started);
      }
      String message = "step " + failedStep + " failed: " + (cause == null ? execution.getStatus().toString() : cause.getMessage())
          + ". Fix the cause and run the same command again: it restarts at " + failedStep + ".";
      return new NightlyResult(date, NightlyResult.Outcome.FAILED, steps(execution), message,
          isBadInput(cause), null, seconds);
    }
  }

  /**
   * The database went away during the run: the job repository may not even know that the run
   * failed (it could not be written to), but the next run finds the interrupted execution, marks it
   * abandoned and restarts at the step that did not complete, as after a crash.
   */
  private static NightlyResult databaseUnavailable(LocalDate date, String step, Throwable cause,
      List<Map<String, Object>> steps, long started) {
    String message = "the database became unavailable" + ("?".equals(step) ? "" : " during step " + step) + " ("
        + DatabaseException.rootMessage(cause) + "). Run the same command again once it is back: the run restarts at "
        + "the step that did not complete.";
    return new NightlyResult(date, NightlyResult.Outcome.DATABASE_UNAVAILABLE, steps, message, false, null,
        (System.nanoTime() - started) / 1e9);
  }

  private static boolean isBadInput(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof BadInputException) {
        return true;
      }
    }
    return false;
  }

  private static List<Map<String, Object>> steps(JobExecution execution) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (StepExecution s : execution.getStepExecutions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("step", s.getStepName());
      m.put("status", s.getStatus().name());
      if (s.getStartTime() != null && s.getEndTime() != null) {
        m.put("seconds", Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0);
      }
      s.getExecutionContext().toMap().forEach((k, v) -> {
        if (k.contains(".") && !k.startsWith("batch.")) {
          m.put(k, v);
        }
      });
      out.add(m);
    }
    return out;
  }

  private static String reportIndex(JobExecution execution) {
    return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("report"))
        .map(s -> s.getExecutionContext().getString("report.index", null)).filter(java.util.Objects::nonNull)
        .findFirst().orElse(null);
  }

  @Override
  public void close() {
    context.close();
  }
}
