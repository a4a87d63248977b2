package io.credit.ingestion.batch;

import io.credit.core.cli.BadInputException;
import io.credit.ingestion.store.FileStats;

/** A file's reject rate is above the threshold: its step fails and nothing of the file is published. */
public final class RejectRateExceededException extends BadInputException {
  public RejectRateExceededException(FileStats stats, double threshold) {
    super(String.format(java.util.Locale.ROOT,
        "%s for %s: %d of %d lines rejected (%.2f%%), above the threshold of %.2f%%; nothing of this file was "
            + "published. See table ingest_rejects for the lines and rules; fix the feed and rerun with --force, "
            + "or rerun with a higher --max-reject-rate.",
        stats.fileName(), stats.runDate(), stats.rejected(), stats.read(), 100 * stats.rejectRate(), 100 * threshold));
  }
}
