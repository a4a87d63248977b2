package io.credit.ingestion.batch;

import io.credit.ingestion.lake.TransactionLake;
import io.credit.ingestion.mapping.LayoutMapping;
import io.credit.ingestion.store.FileStats;
import io.credit.ingestion.validate.FileKind;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Publishes the staged transactions partition if the file's reject rate is within the threshold:
 * registers unknown customers (when the mapping asks for it), swaps the partition in, records the
 * file as loaded. Safe to repeat after an interruption at any point.
 */
final class PublishTransactionsTasklet implements Tasklet, StepExecutionListener {
  private final IngestServices services;

  PublishTransactionsTasklet(IngestServices services) {
    this.services = services;
  }

  /** The threshold check runs before the step's transaction, so that the REJECTED status is kept. */
  @Override
  public void beforeStep(StepExecution stepExecution) {
    IngestParameters params = services.parameters(stepExecution.getJobParameters());
    FileStats stats = services.stats().find(params.runDate(), params.fileName(FileKind.TRANSACTIONS)).orElse(null);
    if (stats != null && stats.exceedsRejectRate(params.maxRejectRate())) {
      // the staged partition stays invisible under _staging, so that a rerun with a higher threshold can publish it
      services.stats().save(stats.withStatus(FilePass.REJECTED, LocalDateTime.now()));
      throw new RejectRateExceededException(stats, params.maxRejectRate());
    }
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    IngestParameters params = services.parameters(chunkContext.getStepContext().getStepExecution().getJobParameters());
    String fileName = params.fileName(FileKind.TRANSACTIONS);
    FileStats stats = services.stats().find(params.runDate(), fileName).orElse(null);
    if (stats == null || FilePass.ABSENT.equals(stats.status())) {
      return RepeatStatus.FINISHED;
    }
    if (params.mapping() != null && LayoutMapping.load(params.mapping()).registersUnknownCustomers()) {
      Set<String> ids = new HashSet<>();
      TransactionLake lake = services.lake();
      java.nio.file.Path folder = java.nio.file.Files.isDirectory(lake.staging(params.runDate()))
          ? lake.staging(params.runDate()) : lake.partition(params.runDate());
      TransactionLake.forEachValue(folder, "customer_id", ids::add);
      services.customers().registerUnknown(ids, params.runDate());
    }
    services.lake().publish(params.runDate());
    services.stats().save(stats.withStatus(FilePass.LOADED, LocalDateTime.now()));
    return RepeatStatus.FINISHED;
  }
}
