package io.credit.ingestion;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One business date to ingest.
 *
 * @param runDate       business date D
 * @param inputDir      folder with the day's files (usually {@code inbox/D})
 * @param maxRejectRate the largest acceptable share of rejected lines per file (0.05 = 5%)
 * @param force         reprocess even when D was already ingested
 * @param mapping       layout mapping of the transactions file ({@code null}: our own format)
 * @param source        for a split foreign file: {@code mapping:file-name}; {@code null} for the inbox
 * @param sourceFile    for a split foreign file: its name
 * @param dedupeDays    lake partitions within this many days of D are checked for stored txn ids
 */
public record IngestRequest(LocalDate runDate, Path inputDir, double maxRejectRate, boolean force, String mapping,
    String source, String sourceFile, int dedupeDays) {

  /** A plain inbox run with the defaults. */
  public static IngestRequest inbox(LocalDate runDate, Path inboxRoot) {
    return new IngestRequest(runDate, inboxRoot.resolve(runDate.toString()), 0.05, false, null, null, null, 30);
  }

  public IngestRequest withForce(boolean newForce) {
    return new IngestRequest(runDate, inputDir, maxRejectRate, newForce, mapping, source, sourceFile, dedupeDays);
  }

  public IngestRequest withMaxRejectRate(double rate) {
    return new IngestRequest(runDate, inputDir, rate, force, mapping, source, sourceFile, dedupeDays);
  }
}
