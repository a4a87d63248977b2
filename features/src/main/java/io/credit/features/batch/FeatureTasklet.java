package io.credit.features.batch;

import io.credit.core.cli.BadInputException;
import io.credit.core.config.PlatformConfig;
import io.credit.core.spark.SparkSessions;
import io.credit.features.FeatureJob;
import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The nightly job's feature step: runs {@link FeatureJob} (incremental) for the job parameter
 * {@code run.date} (a {@link LocalDate} or a {@code yyyy-MM-dd} string) and records what it
 * published in the step's execution context. Rerunning a date replaces its partition.
 */
public class FeatureTasklet implements Tasklet {
  private final PlatformConfig config;

  public FeatureTasklet(PlatformConfig config) {
    this.config = config;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    LocalDate runDate = runDate(contribution.getStepExecution().getJobParameters());
    FeatureJob.Result r = FeatureJob.run(SparkSessions.getOrCreate(config, "credit-nightly"), config, runDate);
    var context = contribution.getStepExecution().getExecutionContext();
    context.putLong("features.customers", r.customers());
    context.putString("features.path", r.path());
    context.putString("features.build_mode", r.buildMode());
    return RepeatStatus.FINISHED;
  }

  static LocalDate runDate(JobParameters params) {
    var p = params.getParameter("run.date");
    if (p == null) {
      throw new BadInputException("job parameter run.date is missing (yyyy-MM-dd)");
    }
    Object v = p.value();
    return v instanceof LocalDate d ? d : LocalDate.parse(String.valueOf(v));
  }
}
