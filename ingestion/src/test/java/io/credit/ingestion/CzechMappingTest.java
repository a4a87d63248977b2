package io.credit.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.ingestion.store.FileStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CzechMappingTest {
  /** A small trans.asc in the PKDD'99 layout: three dates, out of order, with a few bad lines. */
  static final String SAMPLE = String.join("\n",
      "\"trans_id\";\"account_id\";\"date\";\"type\";\"operation\";\"amount\";\"balance\";\"k_symbol\";\"bank\";\"account\"",
      "695247;2378;930101;\"PRIJEM\";\"VKLAD\";700.0;700.0;\"\";\"\";",                       // 2 credit in cash
      "171812;576;930101;\"PRIJEM\";\"VKLAD\";900.0;900.0;\"\";\"\";",                         // 3
      "207264;704;930101;\"PRIJEM\";\"VKLAD\";1000.0;1000.0;\"\";\"\";",                       // 4
      "1117247;3818;930102;\"VYDAJ\";\"PREVOD NA UCET\";3679.0;-1000.0;\"SIPO\";\"QR\";\"98762401\"", // 5 household
      "579373;1972;930102;\"VYBER\";\"VYBER\";600.0;2300.0;\"\";\"\";",                         // 6 cash withdrawal
      "3609829;3818;930102;\"VYDAJ\";\"PREVOD NA UCET\";120.0;1200.0;\"\";\"YZ\";\"51230044\"", // 7 transfer out
      "695250;2378;931301;\"PRIJEM\";\"VKLAD\";100.0;800.0;\"\";\"\";",                        // 8 BAD_DATE (month 13)
      "695251;2378;930102;\"XYZ\";\"VKLAD\";100.0;800.0;\"\";\"\";",                           // 9 BAD_CODE
      "695247;2378;930103;\"PRIJEM\";\"VKLAD\";700.0;700.0;\"\";\"\";",                         // 10 DUPLICATE (of line 2)
      "3530438;2378;930103;\"PRIJEM\";\"\";19.2;719.2;\"UROK\";\"\";",                          // 11 interest
      "1000001;2378;930103;\"VYDAJ\";\"VYBER KARTOU\";200.0;519.2;\"\";\"\";",                  // 12 card withdrawal
      "1000002;2378;930103;\"VYDAJ\";\"\";50.0;469.2;\"UVER\";\"\";") + "\n";                   // 13 loan repayment

  @TempDir Path tmp;
  Database db;
  PlatformConfig config;

  @BeforeEach
  void open() {
    db = CleanTables.configured();
    config = PlatformConfig.defaults().withDataDir(tmp.resolve("data")).withInboxDir(tmp.resolve("inbox"));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theCzechExportIsSplitIntoBusinessDatesWithTheSameAccounting() throws Exception {
    Path file = tmp.resolve("trans.asc");
    Files.writeString(file, SAMPLE);

    List<IngestResult> results;
    try (IngestRunner runner = new IngestRunner(config, db)) {
      results = runner.ingestForeignFile(file, "czech-bank", null, 0.5, false, 30);
    }

    assertEquals(List.of(LocalDate.of(1993, 1, 1), LocalDate.of(1993, 1, 2), LocalDate.of(1993, 1, 3)),
        results.stream().map(IngestResult::runDate).toList());
    results.forEach(r -> assertEquals(IngestResult.Outcome.COMPLETED, r.outcome(), r.message()));
    List<FileStats> stats = results.stream().flatMap(r -> r.files().stream()).toList();
    stats.forEach(s -> assertEquals("trans.asc", s.fileName()));
    assertEquals(12, stats.stream().mapToLong(FileStats::read).sum());
    assertEquals(9, stats.stream().mapToLong(FileStats::loaded).sum());
    assertEquals(2, stats.stream().mapToLong(FileStats::rejected).sum());
    assertEquals(1, stats.stream().mapToLong(FileStats::duplicate).sum());

    Map<Long, String> rejects = db.jdbi().withHandle(h -> h.createQuery(
            "select line_number, rule from ingest_rejects where file_name = 'trans.asc'")
        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list())
        .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertEquals(Map.of(8L, "BAD_DATE", 9L, "BAD_CODE", 10L, "DUPLICATE"), rejects);

    List<String> day2 = TableSnapshot.lakeRows(config.lakeDir().resolve("transactions/date=1993-01-02"));
    assertEquals(3, day2.size());
    String all = String.join(" ", day2);
    assertTrue(all.contains("BILL_PAYMENT") && all.contains("CASH_WITHDRAWAL") && all.contains("TRANSFER_OUT"), all);
    assertTrue(all.contains("CZX51230044"), all);
    String day3 = String.join(" ", TableSnapshot.lakeRows(config.lakeDir().resolve("transactions/date=1993-01-03")));
    assertTrue(day3.contains("OTHER_INCOME") && day3.contains("LOAN_REPAYMENT") && day3.contains("ATM"), day3);

    List<String> customers = db.jdbi().withHandle(h -> h.createQuery(
        "select customer_id from customers order by customer_id").mapTo(String.class).list());
    assertEquals(List.of("CZA1972", "CZA2378", "CZA3818", "CZA576", "CZA704"), customers);

    try (IngestRunner runner = new IngestRunner(config, db)) {
      List<IngestResult> again = runner.ingestForeignFile(file, "czech-bank", null, 0.5, false, 30);
      again.forEach(r -> assertEquals(IngestResult.Outcome.ALREADY_DONE, r.outcome()));
    }
  }
}
