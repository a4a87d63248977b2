package io.credit.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.ingestion.store.FileStats;
import io.credit.ingestion.validate.RawMasker;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A customer in {@code erased_subjects} who comes back in a later day's files is not re-created:
 * their customer, statement, payment and transaction lines are quarantined as {@code ERASED_SUBJECT}
 * (counted as rejects, raw text withheld), and a transfer to them from another customer is stored
 * with the counterparty {@code ERASED}.
 */
class ErasedSubjectIngestTest {
  static final LocalDate D1 = LocalDate.of(2025, 3, 1);
  static final LocalDate D2 = D1.plusDays(1);
  static final String ERASED = "C00000002";
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

  private IngestResult ingest(LocalDate d) {
    try (IngestRunner runner = new IngestRunner(config, db)) {
      return runner.ingest(IngestRequest.inbox(d, config.inboxDir()));
    }
  }

  @Test
  void anErasedCustomerWhoReappearsIsQuarantinedNotRecreated() throws Exception {
    new SampleInbox().write(config.inboxDir(), D1, 5, 20, false);
    assertEquals(IngestResult.Outcome.COMPLETED, ingest(D1).outcome());
    eraseAsTheSubjectRequestDoes(ERASED);

    Path dir = config.inboxDir().resolve(D2.toString());
    java.nio.file.Files.createDirectories(dir);
    List<String> customers = new ArrayList<>(List.of(SampleInbox.CUSTOMERS_HEADER));
    for (int i = 1; i <= 5; i++) {
      customers.add(SampleInbox.customer(i, "Shanghai", 1)); // line i + 1; the erased one is line 3
    }
    SampleInbox.write(dir.resolve("customers.csv"), customers);
    SampleInbox.write(dir.resolve("statements.csv"), List.of(
        "statement_id,customer_id,product,statement_date,due_date,amount_due,credit_limit",
        String.format("S%s-1,C00000001,CREDIT_LINE,%s,%s,100.00,5000.00", D2, D2, D2.plusDays(20)),
        String.format("S%s-2,%s,CREDIT_LINE,%s,%s,200.00,5000.00", D2, ERASED, D2, D2.plusDays(20))));
    SampleInbox.write(dir.resolve("payments.csv"), List.of(
        "payment_id,statement_id,customer_id,payment_date,amount",
        String.format("P%s-1,S%s-1,C00000001,%s,10.00", D2, D2, D2),
        String.format("P%s-2,S%s-2,%s,%s,20.00", D2, D2, ERASED, D2)));
    List<String> txns = new ArrayList<>(List.of(SampleInbox.TXN_HEADER));
    for (int i = 1; i <= 10; i++) {
      txns.add(SampleInbox.txn(D2, i, 1 + i % 5)); // i = 1, 6 belong to the erased customer: lines 2 and 7
    }
    txns.add(String.format("T%s-transfer,C00000001,%sT11:00:00,50.00,DEBIT,TRANSFER_OUT,,%s,APP,900.00", D2, D2,
        ERASED));

    SampleInbox.write(dir.resolve("transactions.csv"), txns);

    IngestResult result = ingest(D2);

    assertEquals(IngestResult.Outcome.COMPLETED, result.outcome(), result.message());
    assertEquals(Map.of(3L, "ERASED_SUBJECT"), rejects("customers.csv"));
    assertEquals(Map.of(3L, "ERASED_SUBJECT"), rejects("statements.csv"));
    assertEquals(Map.of(3L, "ERASED_SUBJECT"), rejects("payments.csv"));
    assertEquals(Map.of(2L, "ERASED_SUBJECT", 7L, "ERASED_SUBJECT"), rejects("transactions.csv"));
    Map<String, FileStats> stats = result.files().stream().collect(Collectors.toMap(FileStats::fileName, s -> s));
    assertEquals(List.of(5L, 4L, 1L), counts(stats.get("customers.csv")));
    assertEquals(List.of(2L, 1L, 1L), counts(stats.get("statements.csv")));
    assertEquals(List.of(2L, 1L, 1L), counts(stats.get("payments.csv")));
    assertEquals(List.of(11L, 9L, 2L), counts(stats.get("transactions.csv")));
    for (FileStats s : stats.values()) {
      assertEquals(s.read(), s.loaded() + s.rejected() + s.duplicate(), s.fileName());
    }

    assertEquals(0, count("select count(*) from customers where customer_id = '" + ERASED + "'"));
    assertEquals(0, count("select count(*) from customer_history where customer_id = '" + ERASED + "'"));
    assertEquals(0, count("select count(*) from statements where customer_id = '" + ERASED + "'"));
    assertEquals(0, count("select count(*) from payments where customer_id = '" + ERASED + "'"));
    assertEquals(4, count("select count(*) from customers"));
    List<String> withheld = db.jdbi().withHandle(h -> h.createQuery(
        "select raw_masked from ingest_rejects where rule = 'ERASED_SUBJECT'").mapTo(String.class).list());
    assertEquals(5, withheld.size());
    assertTrue(withheld.stream().allMatch(RawMasker.WITHHELD::equals), withheld.toString());

    List<String> lake = TableSnapshot.lakeRows(config.lakeDir().resolve("transactions/date=" + D2));
    assertEquals(9, lake.size());
    String all = String.join("\n", lake);
    assertFalse(all.contains(ERASED), "the erased customer is back in the lake: " + all);
    assertTrue(lake.stream().anyMatch(r -> r.contains("transfer") && r.contains("counterparty_id: ERASED")), all);
  }

  /** What {@code ./credit subject erase} leaves behind in the tables ingestion reads and writes. */
  private void eraseAsTheSubjectRequestDoes(String id) {
    db.jdbi().useTransaction(h -> {
      for (String table : List.of("payments", "statements", "customer_history", "customers")) {
        h.createUpdate("delete from " + table + " where customer_id = :id").bind("id", id).execute();
      }
      h.createUpdate("insert into erased_subjects(customer_id, erased_at, request_ref) values (:id, :at, 'test')")
          .bind("id", id).bind("at", Timestamp.from(Instant.now())).execute();
    });
  }

  private Map<Long, String> rejects(String file) {
    return new TreeMap<>(db.jdbi().withHandle(h -> h.createQuery(
            "select line_number, rule from ingest_rejects where run_date = :d and file_name = :f")
        .bind("d", D2).bind("f", file).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list())
        .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  private static List<Long> counts(FileStats s) {
    return List.of(s.read(), s.loaded(), s.rejected());
  }

  private long count(String sql) {
    return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
