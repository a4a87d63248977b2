package io.credit.ingestion.batch;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.ingestion.validate.FileKind;
import io.credit.ingestion.validate.TransactionRecord;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code ingest} job for one business date (identifying parameter {@code run.date}, no
 * incrementer): for customers, statements and payments a validate step then a publish step, then
 * transactions validated into a staging partition and published by rename. The same steps are
 * offered as the flow {@code ingestFlow} for larger jobs.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {
  public static final String JOB_NAME = "ingest";
  static final int CHUNK_SIZE = 5_000;

  @Bean
  public IngestServices ingestServices(PlatformConfig config, Database database, DataSource dataSource) {
    return new IngestServices(config, database, dataSource);
  }

  /**
   * The ingest steps as a flow, for jobs that include ingestion (e.g. the nightly job:
   * {@code new JobBuilder("nightly", repo).start(ingestFlow).next(features)...}). Needs the job
   * parameter {@code run.date}; the input folder defaults to {@code <inbox>/<run.date>}.
   */
  @Bean
  public Flow ingestFlow(JobRepository repository, PlatformTransactionManager tm, IngestServices services) {
    TransactionRules transactionRules = new TransactionRules(services);
    return new FlowBuilder<Flow>("ingest-flow")
        .start(step(new FilePass<>(FileKind.CUSTOMERS, FilePass.Mode.VALIDATE, services,
            LedgerRules.customers(services), null), repository, tm))
        .next(step(new FilePass<>(FileKind.CUSTOMERS, FilePass.Mode.PUBLISH, services,
            LedgerRules.customers(services), null), repository, tm))
        .next(step(new FilePass<>(FileKind.STATEMENTS, FilePass.Mode.VALIDATE, services,
            LedgerRules.statements(services), null), repository, tm))
        .next(step(new FilePass<>(FileKind.STATEMENTS, FilePass.Mode.PUBLISH, services,
            LedgerRules.statements(services), null), repository, tm))
        .next(step(new FilePass<>(FileKind.PAYMENTS, FilePass.Mode.VALIDATE, services,
            LedgerRules.payments(services), null), repository, tm))
        .next(step(new FilePass<>(FileKind.PAYMENTS, FilePass.Mode.PUBLISH, services,
            LedgerRules.payments(services), null), repository, tm))
        .next(step(new FilePass<TransactionRecord>(FileKind.TRANSACTIONS, FilePass.Mode.VALIDATE, services,
            transactionRules, transactionRules::dedupe), repository, tm))
        .next(publishTransactions(new PublishTransactionsTasklet(services), repository, tm))
        .build();
  }

  @Bean
  public Job ingestJob(JobRepository repository, Flow ingestFlow) {
    return new JobBuilder(JOB_NAME, repository).start(ingestFlow).end().build();
  }

  private static Step publishTransactions(PublishTransactionsTasklet tasklet, JobRepository repository,
      PlatformTransactionManager tm) {
    return new StepBuilder("transactions-publish", repository).tasklet(tasklet, tm).listener(tasklet).build();
  }

  private static <T> Step step(FilePass<T> pass, JobRepository repository, PlatformTransactionManager tm) {
    return new StepBuilder(pass.stepName(), repository)
        .<io.credit.ingestion.read.SourceLine, io.credit.ingestion.validate.Checked<T>>chunk(CHUNK_SIZE)
        .transactionManager(tm)
        .reader(pass.reader())
        .processor(pass.processor())
        .writer(pass.writer())
        .listener(pass)
        .build();
  }
}
