package io.credit.app.nightly;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.features.batch.FeatureTasklet;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code nightly} job for one business date (identifying parameter {@code run.date}, no
 * incrementer): ingest → features → score → eligibility → report. A failed run restarts at the
 * failed step; completed steps are not run again.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {
  public static final String JOB_NAME = "nightly";

  @Bean
  public NightlyProgress nightlyProgress(JobRepository repository) {
    return new NightlyProgress(System.out, repository);
  }

  @Bean
  public Job nightlyJob(JobRepository repository, PlatformTransactionManager tm, PlatformConfig config,
      Database database, NightlyProgress progress) {
    IngestDateStep ingest = new IngestDateStep(config, database);
    ingest.setJobRepository(repository);
    ingest.registerStepExecutionListener(progress);
    return new JobBuilder(JOB_NAME, repository)
        .listener(progress)
        .start(ingest)
        .next(tasklet("features", new FeatureTasklet(config), repository, tm, progress))
        .next(tasklet("score", new ScoreTasklet(config, database), repository, tm, progress))
        .next(tasklet("eligibility", new EligibilityTasklet(config, database), repository, tm, progress))
        .next(tasklet("report", new ReportTasklet(config, database), repository, tm, progress))
        .build();
  }

  private static Step tasklet(String name, Tasklet tasklet, JobRepository repository, PlatformTransactionManager tm,
      NightlyProgress progress) {
    return new StepBuilder(name, repository)
        .tasklet(tasklet, tm)
        .listener(progress)
        .build();
  }
}
