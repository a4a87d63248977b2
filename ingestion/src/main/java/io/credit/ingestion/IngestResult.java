package io.credit.ingestion;

import io.credit.ingestion.store.FileStats;
import java.time.LocalDate;
import java.util.List;

/**
 * What an ingest run did for one business date.
 *
 * @param outcome  {@code COMPLETED}, {@code ALREADY_DONE} (nothing changed) or {@code FAILED}
 * @param files    per-file accounting from {@code ingest_file_stats}
 * @param message  the failure's message, or a note for {@code ALREADY_DONE}
 * @param badInput whether the failure is due to the input (reject rate, missing folder) rather than a fault
 */
public record IngestResult(LocalDate runDate, Outcome outcome, List<FileStats> files, String message,
    boolean badInput) {

  public enum Outcome { COMPLETED, ALREADY_DONE, FAILED }

  public boolean ok() {
    return outcome != Outcome.FAILED;
  }
}
