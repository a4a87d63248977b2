package io.credit.ingestion.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The accounting of one input file for one business date: {@code read = loaded + rejected + duplicate}.
 *
 * @param status {@code VALIDATED}, {@code LOADED}, {@code ABSENT} (no file that day) or {@code REJECTED}
 *               (reject rate above the threshold: nothing published)
 */
public record FileStats(LocalDate runDate, String fileName, long read, long loaded, long rejected, long duplicate,
    String status, LocalDateTime startedAt, LocalDateTime finishedAt) {

  public double rejectRate() {
    return read == 0 ? 0.0 : (double) rejected / read;
  }

  public FileStats withStatus(String newStatus, LocalDateTime finished) {
    return new FileStats(runDate, fileName, read, loaded, rejected, duplicate, newStatus, startedAt, finished);
  }
}
