package io.credit.app.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.testing.RawIdentifiers;
import io.credit.core.testing.TestSpark;
import io.credit.features.FeatureJob;
import io.credit.generator.Generator;
import io.credit.generator.GeneratorSettings;
import io.credit.ingestion.IngestRequest;
import io.credit.ingestion.IngestResult;
import io.credit.ingestion.IngestRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data end to end on a small generated population: raw identifiers never reach a table,
 * the lake, the feature store or the logs; a data-subject export finds the customer everywhere and
 * an erasure removes them from every store, leaving only the pseudonymous id in append-only audit.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataTest {
  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate TO = LocalDate.of(2025, 1, 6);

  @TempDir
  static Path dir;
  PlatformConfig config;
  Database db;

  @BeforeAll
  void ingestAFewDays() throws IOException {
    config = PlatformConfig.defaults().withDataDir(dir.resolve("data")).withInboxDir(dir.resolve("inbox"));
    new Generator(new GeneratorSettings(300, FROM, TO, 5, config.inboxDir(), 0.01)).run(line -> { });
    db = Database.open(config);
    try (IngestRunner runner = new IngestRunner(config, db)) {
      for (LocalDate d = FROM; !d.isAfter(TO.minusDays(1)); d = d.plusDays(1)) {
        IngestResult r = runner.ingest(IngestRequest.inbox(d, config.inboxDir()).withMaxRejectRate(0.2));
        assertTrue(r.ok(), r.message());
      }
    }
    FeatureJob.run(TestSpark.session(), config, TO);
  }

  @Test
  void noRawIdentifierInAnyTableOrFile() throws IOException {
    List<String> hits = new ArrayList<>();
    db.jdbi().useHandle(h -> {
      for (String table : h.createQuery("select lower(table_name) from information_schema.tables "
          + "where lower(table_schema) = lower(current_schema()) and table_type in ('BASE TABLE','TABLE')")
          .mapTo(String.class).list()) {
        for (Map<String, Object> row : h.createQuery("select * from " + table).mapToMap().list()) {
          for (Object v : row.values()) {
            if (v instanceof String s && RawIdentifiers.in(s) && !s.matches("[0-9a-f]{64}")) {
              hits.add(table + ": " + s);
            }
          }
        }
      }
    });
    assertEquals(List.of(), hits.stream().limit(5).toList(), "raw identifiers in the database");
    for (Path parquetDir : List.of(config.lakeDir(), config.featureStoreDir())) {
      for (Row r : TestSpark.session().read().parquet(ParquetCustomerRows.partitions(parquetDir).stream()
          .map(Path::toString).toArray(String[]::new)).collectAsList()) {
        // text columns only: a double's digits are not an identifier
        for (int i = 0; i < r.size(); i++) {
          if (r.get(i) instanceof String text) {
            assertFalse(RawIdentifiers.in(text), text);
          }
        }
      }
    }
  }

  @Test
  void ingestLogsCarryNoRawIdentifier() throws Exception {
    // a real child process, so its whole log output can be read
    Path data = dir.resolve("child-data");
    ProcessBuilder pb = new ProcessBuilder(javaCommand("ingest", "--date", FROM.toString(), "--inbox",
        config.inboxDir().toString(), "--data-dir", data.toString(), "--max-reject-rate", "0.2"));
    pb.redirectErrorStream(true);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.getInputStream().transferTo(out);
    assertEquals(0, p.waitFor(), out.toString(StandardCharsets.UTF_8));
    String log = out.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("customers.csv"), log);
    assertEquals(Optional.empty(), RawIdentifiers.find(log), "raw identifier in the log");
  }

  @Test
  void exportFindsTheCustomerAndErasureRemovesThemEverywhere() throws IOException {
    String id = db.jdbi().withHandle(h -> h.createQuery(
        "select customer_id from statements order by customer_id limit 1").mapTo(String.class).one());
    SubjectService service = new SubjectService(config, db, TestSpark::session);

    @SuppressWarnings("unchecked")
    Map<String, List<?>> before = (Map<String, List<?>>) service.export(id, "test").get("stores");
    assertEquals(1, before.get("customers").size());
    assertFalse(before.get("statements").isEmpty());
    assertFalse(before.get("transaction_lake").isEmpty());
    assertEquals(1, before.get("feature_store").size());

    long lakeRowsBefore = TestSpark.session().read().parquet(config.lakeDir().resolve("transactions").toString()).count();
    SubjectService.Erasure erasure = service.erase(id, "test", "request 42");
    assertTrue(erasure.removed().get("transaction_lake") > 0);

    @SuppressWarnings("unchecked")
    Map<String, List<?>> after = (Map<String, List<?>>) service.export(id, "test").get("stores");
    after.forEach((store, rows) -> {
      // kept by design: append-only audit (pseudonymous id only) and the record of the erasure itself
      if (!CustomerTables.KEPT.contains(store) && !store.equals("audit_log")) {
        assertTrue(rows.isEmpty(), store + " still holds " + rows);
      }
    });
    List<String> actions = db.jdbi().withHandle(h -> h.createQuery(
        "select action from audit_log where subject = :id order by id").bind("id", id).mapTo(String.class).list());
    assertTrue(actions.contains("SUBJECT_ERASED"), actions.toString());
    assertEquals(1, (int) db.jdbi().withHandle(h -> h.createQuery(
        "select count(*) from erased_subjects where customer_id = :id").bind("id", id).mapTo(Integer.class).one()));
    // references as a counterparty are anonymised, the rest of the lake is intact
    long mentions = TestSpark.session().read().parquet(config.lakeDir().resolve("transactions").toString())
        .where("customer_id = '" + id + "' or counterparty_id = '" + id + "'").count();
    assertEquals(0, mentions);
    assertEquals(lakeRowsBefore - erasure.removed().get("transaction_lake"),
        TestSpark.session().read().parquet(config.lakeDir().resolve("transactions").toString()).count());
  }

  @Test
  void hostileCustomerIdsAreRefusedBeforeReachingSqlOrFiles() {
    SubjectService service = new SubjectService(config, db, TestSpark::session);
    for (String bad : List.of("x' or '1'='1", "../../etc/passwd", "C0001;drop table customers", "a".repeat(200), "")) {
      org.junit.jupiter.api.Assertions.assertThrows(io.credit.core.cli.BadInputException.class,
          () -> service.erase(bad, "test", "r"));
    }
    assertTrue(db.jdbi().withHandle(h -> h.createQuery("select count(*) from customers").mapTo(Integer.class).one()) > 100);
  }

  private static List<String> javaCommand(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String flags = System.getProperty("credit.spark.jvm.flags", "");
    for (String f : flags.split("\\s+")) {
      if (!f.isBlank()) {
        cmd.add(f);
      }
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("io.credit.app.CreditCli");
    cmd.addAll(List.of(args));
    return cmd;
  }
}
