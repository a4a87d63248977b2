package io.credit.app.nightly;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.spark.SparkSessions;
import io.credit.lending.EligibilityService;
import io.credit.lending.LakeInflowSource;
import io.credit.lending.RunSummary;
import io.credit.lending.policy.PolicyLoader;
import java.time.Clock;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The nightly job's eligibility step: decisions for every customer scored on D under the shipped
 * policy, published atomically as the current snapshot (a rerun publishes a new complete snapshot).
 */
public class EligibilityTasklet implements Tasklet {
  private final PlatformConfig config;
  private final Database database;

  public EligibilityTasklet(PlatformConfig config, Database database) {
    this.config = config;
    this.database = database;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    NightlyParameters p = NightlyParameters.from(contribution.getStepExecution().getJobParameters());
    EligibilityService service = new EligibilityService(database.jdbi(),
        new LakeInflowSource(() -> SparkSessions.getOrCreate(config, "credit-nightly"), config.lakeDir()),
        Clock.systemUTC());
    RunSummary run = service.run(p.runDate(), PolicyLoader.load(null), "nightly");
    var context = contribution.getStepExecution().getExecutionContext();
    context.putLong("eligibility.snapshot", run.snapshotId());
    context.putLong("eligibility.customers", run.customers());
    context.putLong("eligibility.decisions", run.decisions());
    context.putString("eligibility.policy", run.policyVersion());
    contribution.incrementWriteCount(run.decisions());
    return RepeatStatus.FINISHED;
  }
}
