package io.credit.ingestion.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FileStatsTest {
  private static FileStats stats(long read, long rejected) {
    return new FileStats(LocalDate.of(2026, 1, 1), "payments.csv", read, read - rejected, rejected, 0, "VALIDATED",
        null, null);
  }

  @Test
  void aFewBadLinesInATinyFileAreToleratedButABrokenFeedIsNot() {
    assertFalse(stats(10, 1).exceedsRejectRate(0.05), "1 of 10: noise");
    assertFalse(stats(10, 2).exceedsRejectRate(0.05), "2 of 10: still tolerated");
    assertTrue(stats(10, 3).exceedsRejectRate(0.05), "3 of 10: broken");
    assertTrue(stats(1000, 51).exceedsRejectRate(0.05), "5.1% of a large file");
    assertFalse(stats(1000, 50).exceedsRejectRate(0.05), "exactly 5% is allowed");
  }
}
