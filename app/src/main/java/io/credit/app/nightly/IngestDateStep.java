package io.credit.app.nightly;

import io.credit.core.cli.BadInputException;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.ingestion.IngestRequest;
import io.credit.ingestion.IngestResult;
import io.credit.ingestion.IngestRunner;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.AbstractStep;

/**
 * The nightly job's ingest step: runs (or restarts, or skips when already done) the {@code ingest}
 * job of the business date, exactly as {@code ./credit ingest --date D} does, so the same
 * restart-after-kill guarantees hold. Not a tasklet: the ingest job commits its own chunks.
 */
public class IngestDateStep extends AbstractStep {
  private final PlatformConfig config;
  private final Database database;

  public IngestDateStep(PlatformConfig config, Database database) {
    super("ingest");
    this.config = config;
    this.database = database;
  }

  @Override
  protected void doExecute(StepExecution stepExecution) {
    JobParameters params = stepExecution.getJobExecution().getJobParameters();
    NightlyParameters nightly = NightlyParameters.from(params);
    IngestRequest request = IngestRequest.inbox(nightly.runDate(), config.inboxDir())
        .withMaxRejectRate(nightly.maxRejectRate())
        .withForce(nightly.forceRun() > 0);
    try (IngestRunner runner = new IngestRunner(config, database)) {
      IngestResult result = runner.ingest(request);
      var context = stepExecution.getExecutionContext();
      context.putString("ingest.outcome", result.outcome().name());
      long read = 0;
      long loaded = 0;
      long rejected = 0;
      long duplicates = 0;
      for (var f : result.files()) {
        read += f.read();
        loaded += f.loaded();
        rejected += f.rejected();
        duplicates += f.duplicate();
      }
      context.putLong("ingest.read", read);
      context.putLong("ingest.loaded", loaded);
      context.putLong("ingest.rejected", rejected);
      context.putLong("ingest.duplicates", duplicates);
      stepExecution.setReadCount(read);
      stepExecution.setWriteCount(loaded);
      if (!result.ok()) {
        if (result.badInput()) {
          throw new BadInputException(result.message());
        }
        throw new IllegalStateException(result.message());
      }
    }
  }
}
