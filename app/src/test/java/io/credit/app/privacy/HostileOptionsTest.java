package io.credit.app.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.app.CreditCli;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Injection strings, overlong values and path traversal in every command-line option that reaches
 * SQL or the file system ({@code --date}, {@code --as-of}, {@code --from}, {@code --customer},
 * {@code --model}/{@code --name}/{@code NAME:VERSION}, {@code --models}, {@code --policy},
 * {@code --mapping}, {@code --out}) are refused with a clean usage (2) or bad-input (3) exit, before
 * anything starts, and change nothing: no table row, no file in the data directory, nothing where a
 * traversal points.
 */
class HostileOptionsTest {
  static final List<String> HOSTILE = List.of("2026-06-30'; drop table customers;--", "C00000001' OR '1'='1",
      "../../../../etc/passwd", "%2e%2e%2f%2e%2e%2fescaped", "x".repeat(5000), "C00000001%00", "");
  static final List<String> TABLES = List.of("customers", "customer_history", "statements", "payments", "scores",
      "eligibility", "decision_audit", "audit_log", "models", "policies", "erased_subjects", "ingest_rejects",
      "ingest_file_stats");

  @Test
  void everyOptionReachingSqlOrFilesRefusesHostileValuesAndChangesNothing(@TempDir Path dir) throws IOException {
    PlatformConfig config = PlatformConfig.defaults().withDataDir(dir.resolve("data"));
    try (Database db = Database.open(config)) {
      db.jdbi().useHandle(h -> h.execute("insert into customers (customer_id, national_id_hash, phone_hash, "
          + "birth_date, city, city_tier, device_hash, id_verified, phone_verified, account_open_date, consent_scoring, "
          + "consent_sharing, fraud_flag, aml_flag, first_seen_date, updated_date) values ('C00000001', 'h', 'h', "
          + "DATE '1990-05-01', 'Hangzhou', 2, null, true, true, DATE '2024-01-01', true, false, false, false, "
          + "DATE '2024-01-01', DATE '2024-01-01')"));
    }
    Path existing = Files.writeString(dir.resolve("existing.json"), "keep me");
    String dataDir = "--data-dir=" + config.dataDir();
    String inbox = "--inbox=" + dir.resolve("inbox");
    Map<String, Long> rowsBefore = rows(config);
    List<String> filesBefore = files(config.dataDir());

    List<String> failures = new ArrayList<>();
    for (String v : HOSTILE) {
      List<List<String>> commands = List.of(
          List.of("ingest", "--date", v, inbox),
          List.of("ingest", "--mapping", v, "--file", existing.toString(), "--date", "2026-06-30", inbox),
          List.of("features", "--date", v),
          List.of("features", "labels", "--date", v),
          List.of("train", "--as-of", v),
          List.of("train", "--as-of", "2026-01-01", "--name", v),
          List.of("backtest", "--models", v, "--as-of", "2026-01-01"),
          List.of("backtest", "--models", "card:1", "--as-of", v),
          List.of("models", "show", v),
          List.of("models", "promote", v, "--reason", "x"),
          List.of("models", "retire", v),
          List.of("score", "--date", v),
          List.of("score", "--date", "2026-06-30", "--model", v),
          List.of("eligibility", "--date", v),
          List.of("eligibility", "--date", "2026-06-30", "--policy", v),
          List.of("eligibility-audit", "--from", v, "--out", "-"),
          List.of("report", "--date", v, "--out", dir.resolve("site").toString()),
          List.of("nightly", "--date", v, inbox),
          List.of("nightly", "--date", "2026-06-30", "--model", v, inbox),
          List.of("subject", "export", "--customer", v),
          List.of("subject", "erase", "--customer", v, "--reason", "test"),
          List.of("purge", "--as-of", v));
      for (List<String> command : commands) {
        List<String> args = new ArrayList<>(command);
        args.add(dataDir);
        int exit = CreditCli.execute(args.toArray(String[]::new));
        if (exit != 2 && exit != 3) {
          failures.add(String.join(" ", command).replace(v, shown(v)) + " → exit " + exit);
        }
      }
    }
    for (String out : List.of(existing.toString(), dir.resolve("no/such/folder/x.json").toString())) {
      int exit = CreditCli.execute("subject", "export", "--customer", "C00000001", "--out", out, dataDir);
      if (exit != 3) {
        failures.add("subject export --out " + out + " → exit " + exit);
      }
    }

    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertEquals("keep me", Files.readString(existing), "an export never writes over an existing file");
    assertEquals(rowsBefore, rows(config), "no table changed");
    assertEquals(filesBefore, files(config.dataDir()), "no file written in the data directory");
    assertFalse(Files.exists(dir.resolve("site")), "no report site for a hostile date");
    for (Path escaped : List.of(dir.resolve("escaped"), dir.getParent().resolve("escaped"),
        config.dataDir().resolve("models").getParent().getParent().resolve("escaped"))) {
      assertFalse(Files.exists(escaped), escaped + " written");
    }
  }

  private static String shown(String v) {
    return v.length() > 40 ? "<" + v.length() + " chars>" : v;
  }

  private static Map<String, Long> rows(PlatformConfig config) {
    try (Database db = Database.open(config)) {
      Map<String, Long> out = new TreeMap<>();
      for (String t : TABLES) {
        out.put(t, db.jdbi().withHandle(h -> h.createQuery("select count(*) from " + t).mapTo(Long.class).one()));
      }
      return out;
    }
  }

  /** Every file under the data directory, less the database's own files (H2 rewrites them on open). */
  private static List<String> files(Path dataDir) throws IOException {
    try (Stream<Path> walk = Files.walk(dataDir)) {
      return walk.filter(Files::isRegularFile).map(p -> dataDir.relativize(p).toString())
          .filter(p -> !p.startsWith("db")).sorted().toList();
    }
  }
}
