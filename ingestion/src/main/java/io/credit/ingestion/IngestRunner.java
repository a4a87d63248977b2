package io.credit.ingestion;

import io.credit.core.cli.BadInputException;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.ingestion.batch.BatchContexts;
import io.credit.ingestion.batch.DatedJobRuns;
import io.credit.ingestion.batch.IngestJobConfiguration;
import io.credit.ingestion.batch.IngestParameters;
import io.credit.ingestion.batch.IngestServices;
import io.credit.ingestion.mapping.DateSplitter;
import io.credit.ingestion.mapping.LayoutMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Runs the {@code ingest} job for a business date: restarts an interrupted run of the date, does
 * nothing for a date already ingested (unless forced), or starts a new run.
 */
public final class IngestRunner implements AutoCloseable {
  private final AnnotationConfigApplicationContext context;
  private final JobOperator operator;
  private final JobRepository repository;
  private final Job job;
  private final IngestServices services;
  private final PlatformConfig config;
  private final DatedJobRuns runs;

  public IngestRunner(PlatformConfig config, Database database) {
    this.config = config;
    this.context = BatchContexts.create(config, database, IngestJobConfiguration.class);
    this.operator = context.getBean(JobOperator.class);
    this.repository = context.getBean(JobRepository.class);
    this.job = context.getBean("ingestJob", Job.class);
    this.services = context.getBean(IngestServices.class);
    this.runs = new DatedJobRuns(repository, operator, IngestJobConfiguration.JOB_NAME, database.dataSource());
  }

  public IngestResult ingest(IngestRequest request) {
    if (!Files.isDirectory(request.inputDir())) {
      throw new BadInputException("no input folder " + request.inputDir() + " for " + request.runDate()
          + "; put the day's files there or point --inbox at the folder that holds " + request.runDate() + "/");
    }
    IngestParameters params = new IngestParameters(request.runDate(), request.inputDir().toAbsolutePath(),
        request.maxRejectRate(), request.mapping(), request.source(), request.sourceFile(), request.dedupeDays());
    List<JobExecution> earlier = lastExecutionsOfDate(params);
    JobParameters launch;
    if (request.force()) {
      long nextForce = earlier.stream().map(e -> e.getJobParameters().getLong(IngestParameters.FORCE_RUN, 0L))
          .max(Long::compare).orElse(0L) + 1;
      recoverAbandoned(earlier);
      launch = params.toJobParameters(nextForce);
    } else {
      JobExecution done = earlier.stream().filter(e -> e.getStatus() == BatchStatus.COMPLETED).findFirst().orElse(null);
      if (done != null) {
        return new IngestResult(request.runDate(), IngestResult.Outcome.ALREADY_DONE, stats(params),
            "already ingested " + request.runDate() + " (run " + done.getId() + " completed " + done.getEndTime()
                + "); nothing changed. Use --force to reprocess the date.", false);
      }
      recoverAbandoned(earlier);
      long force = earlier.isEmpty() ? 0
          : earlier.get(earlier.size() - 1).getJobParameters().getLong(IngestParameters.FORCE_RUN, 0L);
      launch = params.toJobParameters(force);
    }
    JobExecution execution;
    try {
      execution = operator.start(job, launch);
    } catch (Exception e) {
      throw new IllegalStateException("cannot launch the ingest job for " + request.runDate() + ": " + e.getMessage(), e);
    }
    if (execution.getStatus() == BatchStatus.COMPLETED) {
      return new IngestResult(request.runDate(), IngestResult.Outcome.COMPLETED, stats(params), null, false);
    }
    Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
    String message = cause == null ? "ingest ended with status " + execution.getStatus() : cause.getMessage();
    return new IngestResult(request.runDate(), IngestResult.Outcome.FAILED, stats(params), message,
        cause instanceof BadInputException);
  }

  /**
   * Ingests a foreign file (e.g. the Czech {@code trans.asc}) with a layout mapping: split into business
   * dates when the mapping says so (else every line belongs to {@code onlyDate}), then one ordinary
   * run per date, in date order, stopping at the first failed date.
   */
  public List<IngestResult> ingestForeignFile(Path file, String mappingName, LocalDate onlyDate, double maxRejectRate,
      boolean force, int dedupeDays) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("no file " + file + "; give the path of the export to ingest with --file");
    }
    LayoutMapping mapping = LayoutMapping.load(mappingName);
    if (!mapping.isSplitByDate() && onlyDate == null) {
      throw new BadInputException("mapping " + mapping.displayName() + " does not split files by date; give --date");
    }
    String name = file.getFileName().toString();
    Path spool = config.dataDir().resolve("spool").resolve(mapping.displayName()).resolve(name);
    List<LocalDate> dates = new DateSplitter(mapping).split(file, spool, mapping.isSplitByDate() ? null : onlyDate);
    List<IngestResult> results = new ArrayList<>();
    for (LocalDate date : dates) {
      if (onlyDate != null && !onlyDate.equals(date)) {
        continue;
      }
      IngestResult r = ingest(new IngestRequest(date, DateSplitter.dateDir(spool, date), maxRejectRate, force,
          mappingName, mapping.displayName() + ":" + name, name, dedupeDays));
      results.add(r);
      if (!r.ok()) {
        break;
      }
    }
    return results;
  }

  private List<io.credit.ingestion.store.FileStats> stats(IngestParameters params) {
    return services.stats().forDate(params.runDate()).stream()
        .filter(s -> !params.isForeignFile() || s.fileName().equals(params.sourceFile()))
        .filter(s -> params.isForeignFile() || !s.fileName().equals(params.sourceFile()))
        .toList();
  }

  /** The last execution of every earlier job instance for the same date and source, oldest first. */
  private List<JobExecution> lastExecutionsOfDate(IngestParameters params) {
    return runs.lastExecutions(params.runDate(),
        p -> Objects.equals(params.source(), p.getString(IngestParameters.SOURCE)));
  }

  private void recoverAbandoned(List<JobExecution> executions) {
    runs.recoverAbandoned(executions);
  }

  public IngestServices services() {
    return services;
  }

  @Override
  public void close() {
    context.close();
  }
}
