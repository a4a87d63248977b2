package io.credit.app.nightly;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.spark.SparkSessions;
import io.credit.scoring.lifecycle.ModelLifecycle;
import io.credit.scoring.service.ScoringService;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The nightly job's score step: the champion scores D's features into {@code scores} (replacing D's rows). */
public class ScoreTasklet implements Tasklet {
  private final PlatformConfig config;
  private final Database database;

  public ScoreTasklet(PlatformConfig config, Database database) {
    this.config = config;
    this.database = database;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    NightlyParameters p = NightlyParameters.from(contribution.getStepExecution().getJobParameters());
    ScoringService.ScoringRun run = new ModelLifecycle(SparkSessions.getOrCreate(config, "credit-nightly"), config,
        database).scoreWithChampion(p.model(), p.runDate());
    var context = contribution.getStepExecution().getExecutionContext();
    context.putString("score.model", run.model());
    context.putLong("score.rows", run.rows());
    context.putLong("score.scored", run.scored());
    context.putLong("score.insufficient", run.insufficientData());
    context.putLong("score.no_consent", run.noConsent());
    contribution.incrementWriteCount(run.rows());
    return RepeatStatus.FINISHED;
  }
}
