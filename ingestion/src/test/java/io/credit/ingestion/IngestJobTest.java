package io.credit.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.ingestion.store.FileStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {
  static final LocalDate D = LocalDate.of(2025, 3, 1);
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

  IngestResult ingest(IngestRequest request) {
    try (IngestRunner runner = new IngestRunner(config, db)) {
      return runner.ingest(request);
    }
  }

  @Test
  void everyBadLineIsRejectedWithItsRuleAndAccountingHolds() throws Exception {
    SampleInbox inbox = new SampleInbox().write(config.inboxDir(), D, 30, 300, true);

    IngestResult result = ingest(IngestRequest.inbox(D, config.inboxDir()).withMaxRejectRate(0.5));

    assertEquals(IngestResult.Outcome.COMPLETED, result.outcome(), result.message());
    for (var file : inbox.expected.entrySet()) {
      Map<Long, String> actual = new TreeMap<>(db.jdbi().withHandle(h -> h.createQuery(
              "select line_number, rule from ingest_rejects where run_date = :d and file_name = :f")
          .bind("d", D).bind("f", file.getKey())
          .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list())
          .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
      assertEquals(new TreeMap<>(file.getValue()), actual, "rejects of " + file.getKey());
    }
    List<FileStats> stats = result.files();
    assertEquals(4, stats.size());
    for (FileStats s : stats) {
      assertEquals(inbox.dataLines.get(s.fileName()).longValue(), s.read(), s.fileName());
      assertEquals(s.read(), s.loaded() + s.rejected() + s.duplicate(), s.fileName());
      assertEquals("LOADED", s.status());
    }
    FileStats txn = stats.stream().filter(s -> s.fileName().equals("transactions.csv")).findFirst().orElseThrow();
    assertEquals(1, txn.duplicate());
    assertEquals(300, txn.loaded());
    assertEquals(300, TableSnapshot.lakeRows(config.lakeDir().resolve("transactions/date=" + D)).size());
    assertEquals(30, (long) db.jdbi().withHandle(h -> h.createQuery("select count(*) from customers").mapTo(Long.class).one()));
  }

  @Test
  void personalIdentifiersAreNeverStoredInClear() throws Exception {
    new SampleInbox().write(config.inboxDir(), D, 5, 10, true);
    ingest(IngestRequest.inbox(D, config.inboxDir()).withMaxRejectRate(0.9));

    String all = TableSnapshot.of(db.jdbi(), config.lakeDir());
    assertFalse(all.contains("Name 1"), "full name stored");
    assertFalse(all.contains("110101199001000001"), "national id stored");
    assertFalse(all.contains("13800000001"), "phone stored");
    assertTrue(all.contains("***"), "masked raw text of rejected customers expected");
  }

  @Test
  void rerunIsANoOpAndForceGivesTheSameTables() throws Exception {
    new SampleInbox().write(config.inboxDir(), D, 20, 100, true);
    IngestRequest request = IngestRequest.inbox(D, config.inboxDir()).withMaxRejectRate(0.5);
    assertEquals(IngestResult.Outcome.COMPLETED, ingest(request).outcome());
    String first = TableSnapshot.of(db.jdbi(), config.lakeDir());

    IngestResult again = ingest(request);
    assertEquals(IngestResult.Outcome.ALREADY_DONE, again.outcome());
    assertTrue(again.message().contains("already ingested"));
    assertEquals(first, TableSnapshot.of(db.jdbi(), config.lakeDir()));

    IngestResult forced = ingest(request.withForce(true));
    assertEquals(IngestResult.Outcome.COMPLETED, forced.outcome(), forced.message());
    assertEquals(first, TableSnapshot.of(db.jdbi(), config.lakeDir()));
  }

  @Test
  void aRejectRateAboveTheThresholdFailsTheStepAndPublishesNothingOfTheFile() throws Exception {
    SampleInbox inbox = new SampleInbox().write(config.inboxDir(), D, 20, 100, true);

    IngestResult result = ingest(IngestRequest.inbox(D, config.inboxDir()));

    assertEquals(IngestResult.Outcome.FAILED, result.outcome());
    assertTrue(result.badInput());
    assertTrue(result.message().contains("customers.csv") && result.message().contains("threshold"), result.message());
    assertEquals(0L, (long) db.jdbi().withHandle(h -> h.createQuery("select count(*) from customers").mapTo(Long.class).one()));
    assertFalse(Files.exists(config.lakeDir().resolve("transactions/date=" + D)));
    assertEquals("REJECTED", result.files().stream().filter(s -> s.fileName().equals("customers.csv"))
        .findFirst().orElseThrow().status());
    assertTrue(inbox.expected.get("customers.csv").size() > 0);
  }

  @Test
  void aTransactionsFileAboveTheThresholdIsRecordedAsRejectedAndNotPublished() throws Exception {
    new SampleInbox().write(config.inboxDir(), D, 20, 100, true);
    Path clean = tmp.resolve("clean");
    new SampleInbox().write(clean, D, 20, 100, false);
    for (String f : List.of("customers.csv", "statements.csv", "payments.csv")) {
      Files.copy(clean.resolve(D + "/" + f), config.inboxDir().resolve(D + "/" + f),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    IngestResult result = ingest(IngestRequest.inbox(D, config.inboxDir()).withMaxRejectRate(0.06));

    assertEquals(IngestResult.Outcome.FAILED, result.outcome());
    assertTrue(result.message().contains("transactions.csv"), result.message());
    Map<String, String> status = result.files().stream().collect(Collectors.toMap(FileStats::fileName, FileStats::status));
    assertEquals(Map.of("customers.csv", "LOADED", "statements.csv", "LOADED", "payments.csv", "LOADED",
        "transactions.csv", "REJECTED"), status);
    assertFalse(Files.exists(config.lakeDir().resolve("transactions/date=" + D)));

    IngestResult relaxed = ingest(IngestRequest.inbox(D, config.inboxDir()).withMaxRejectRate(0.5));
    assertEquals(IngestResult.Outcome.COMPLETED, relaxed.outcome(), relaxed.message());
    assertEquals(100, TableSnapshot.lakeRows(config.lakeDir().resolve("transactions/date=" + D)).size());
  }
}
