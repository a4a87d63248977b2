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

  /**
   * Whether the file is too broken to publish: its reject rate is above {@code maxRate} and it has
   * more than {@value #TOLERATED_REJECTS} rejected lines (one bad line in a ten-line file is noise,
   * not a broken feed).
   */
  public boolean exceedsRejectRate(double maxRate) {
    return rejected > TOLERATED_REJECTS && rejectRate() > maxRate;
  }

  /** Rejected lines a file may always have, whatever its size. */
  public static final int TOLERATED_REJECTS = 2;

  public FileStats withStatus(String newStatus, LocalDateTime finished) {
    return new FileStats(runDate, fileName, read, loaded, rejected, duplicate, newStatus, startedAt, finished);
  }
}
