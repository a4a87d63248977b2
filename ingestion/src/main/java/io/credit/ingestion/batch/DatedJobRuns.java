package io.credit.ingestion.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The runs of a job identified by a business date ({@code run.date}): what ran for a date, whether
 * it completed, and recovery of executions left "running" by a process that died, so that the same
 * command can restart them. Shared by the {@code ingest} and {@code nightly} runners.
 */
public final class DatedJobRuns {
  public static final String RUN_DATE = "run.date";
  public static final String FORCE_RUN = "force.run";
  public static final String LAUNCHER_PID = "launcher.pid";

  /** Instances of a job with a given run.date: one indexed lookup instead of a scan of every instance. */
  private static final String INSTANCES_OF_DATE = "select distinct e.job_instance_id from batch_job_execution e "
      + "join batch_job_instance i on i.job_instance_id = e.job_instance_id "
      + "join batch_job_execution_params p on p.job_execution_id = e.job_execution_id "
      + "where i.job_name = ? and p.parameter_name = '" + RUN_DATE + "' and p.parameter_value = ?";

  private final JobRepository repository;
  private final JobOperator operator;
  private final String jobName;
  private final JdbcTemplate jdbc;

  public DatedJobRuns(JobRepository repository, JobOperator operator, String jobName, DataSource dataSource) {
    this.repository = repository;
    this.operator = operator;
    this.jobName = jobName;
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** The last execution of every job instance for the date (and matching {@code sameRun}), oldest first. */
  public List<JobExecution> lastExecutions(LocalDate date, Predicate<JobParameters> sameRun) {
    List<JobExecution> out = new ArrayList<>();
    for (Long id : jdbc.queryForList(INSTANCES_OF_DATE, Long.class, jobName, date.toString())) {
      JobInstance instance = repository.getJobInstance(id);
      if (instance == null) {
        continue;
      }
      JobExecution last = repository.getLastJobExecution(instance);
      if (last == null) {
        continue;
      }
      JobParameters p = last.getJobParameters();
      if (date.toString().equals(p.getString(RUN_DATE)) && sameRun.test(p)) {
        out.add(last);
      }
    }
    out.sort(Comparator.comparingLong(JobExecution::getId));
    return out;
  }

  /** The largest force counter used so far (0 when the date never ran forced). */
  public static long lastForce(List<JobExecution> executions) {
    return executions.stream().map(e -> e.getJobParameters().getLong(FORCE_RUN, 0L)).max(Long::compare).orElse(0L);
  }

  /**
   * Marks executions left "running" by a process that died (kill -9, power loss) as failed so they
   * can be restarted. An execution whose launching process is still alive on this machine is not touched.
   */
  public void recoverAbandoned(List<JobExecution> executions) {
    for (JobExecution e : executions) {
      if (e.getStatus() == BatchStatus.STARTED || e.getStatus() == BatchStatus.STARTING
          || e.getStatus() == BatchStatus.STOPPING) {
        Long pid = e.getJobParameters().getLong(LAUNCHER_PID);
        if (pid != null && pid != ProcessHandle.current().pid()
            && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          throw new IllegalStateException("another " + jobName + " run (process " + pid + ") is still running for "
              + e.getJobParameters().getString(RUN_DATE) + "; wait for it to finish");
        }
        operator.recover(e);
      }
    }
  }

  /** Every business date with a completed execution of the job. */
  public java.util.Set<LocalDate> completedDates() {
    java.util.Set<LocalDate> out = new java.util.TreeSet<>();
    for (JobInstance instance : repository.findJobInstances(jobName)) {
      JobExecution last = repository.getLastJobExecution(instance);
      if (last != null && last.getStatus() == BatchStatus.COMPLETED && last.getJobParameters().getString(RUN_DATE) != null) {
        out.add(LocalDate.parse(last.getJobParameters().getString(RUN_DATE)));
      }
    }
    return out;
  }
}
