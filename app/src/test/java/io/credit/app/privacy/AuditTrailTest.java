package io.credit.app.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.app.CreditCli;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.lending.policy.PolicyLoader;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.registry.NewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every model promotion, override, retirement, policy change, subject request and purge, done
 * through the command line, is in {@code audit_log} with who (the {@code --actor} or the OS user),
 * when and why.
 */
class AuditTrailTest {
  static final LocalDate D = LocalDate.of(2026, 6, 30);
  static final String OS_USER = System.getenv().getOrDefault("USER", "cli");

  private record Entry(LocalDateTime at, String actor, String action, String subject, String details) {}

  @Test
  void everyAuditedActionRecordsWhoWhenAndWhy(@TempDir Path dir) throws Exception {
    PlatformConfig config = PlatformConfig.defaults().withDataDir(dir.resolve("data"));
    String dataDir = "--data-dir=" + config.dataDir();
    try (Database db = Database.open(config)) {
      ModelRegistry registry = new ModelRegistry(db.jdbi());
      for (int i = 0; i < 2; i++) {
        registry.register(new NewModel("card", "scorecard", null, D.minusMonths(6), D.minusMonths(6).toString(), "1",
            "{}", "{}", "{}", "h", dir.resolve("m").toString()));
      }
      db.jdbi().useHandle(h -> {
        h.execute("insert into customers (customer_id, national_id_hash, phone_hash, birth_date, city, city_tier, "
            + "device_hash, id_verified, phone_verified, account_open_date, consent_scoring, consent_sharing, "
            + "fraud_flag, aml_flag, first_seen_date, updated_date) values ('C00000001', 'h', 'h', DATE '1990-05-01', "
            + "'Hangzhou', 2, null, true, true, DATE '2024-01-01', true, false, false, false, DATE '2024-01-01', "
            + "DATE '2024-01-01')");
        h.execute("insert into scores (customer_id, score_date, score, band, status, model_name, model_version, "
            + "reason_1) values ('C00000001', DATE '" + D + "', 720, 'EXCELLENT', 'SCORED', 'card', 1, 'Few months')");
      });
    }
    Path policy = dir.resolve("policy-2026.2.yaml");
    Files.writeString(policy, PolicyLoader.loadDefault().content().replace("version: \"default-2026.1\"",
        "version: \"audit-2026.2\""), StandardCharsets.UTF_8);
    LocalDateTime before = LocalDateTime.now().minusSeconds(1);

    assertEquals(0, CreditCli.execute("models", "promote", "card:1", "--actor", "alice", "--reason", "first champion",
        dataDir));
    assertEquals(0, CreditCli.execute("models", "promote", "card:2", "--override", "urgent fix INC-9", "--actor", "bob",
        dataDir));
    assertEquals(0, CreditCli.execute("models", "retire", "card:2", "--actor", "carol", "--reason", "superseded",
        dataDir));
    assertEquals(0, CreditCli.execute("eligibility", "--date", D.toString(), "--policy", policy.toString(),
        "--actor", "dave", "--reason", "CHG-42 higher floor", dataDir));
    assertEquals(0, CreditCli.execute("subject", "export", "--customer", "C00000001", "--out",
        dir.resolve("export.json").toString(), "--actor", "erin", "--reason", "request DSAR-7", dataDir));
    assertEquals(0, CreditCli.execute("subject", "erase", "--customer", "C00000001", "--actor", "frank", "--reason",
        "request DSAR-8", dataDir));
    assertEquals(0, CreditCli.execute("purge", "--reason", "quarterly retention run", dataDir));
    LocalDateTime after = LocalDateTime.now().plusSeconds(1);

    List<Entry> log;
    try (Database db = Database.open(config)) {
      log = db.jdbi().withHandle(h -> h.createQuery("select at_time, actor, action, subject, details from audit_log "
              + "order by id")
          .map((rs, ctx) -> new Entry(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5))).list());
    }
    Map<String, List<String>> expected = Map.of(
        "MODEL_PROMOTED", List.of("alice", "card:1", "first champion"),
        "MODEL_PROMOTED_OVERRIDE", List.of("bob", "card:2", "urgent fix INC-9"),
        "MODEL_RETIRED", List.of("carol", "card:2", "superseded"),
        "POLICY_RECORDED", List.of("dave", "policy:audit-2026.2", "CHG-42 higher floor"),
        "SUBJECT_EXPORT", List.of("erin", "C00000001", "request DSAR-7"),
        "SUBJECT_ERASED", List.of("frank", "C00000001", "request DSAR-8"),
        "RETENTION_PURGE", List.of(OS_USER, "", "quarterly retention run"));
    for (Map.Entry<String, List<String>> e : expected.entrySet()) {
      List<Entry> found = log.stream().filter(x -> x.action().equals(e.getKey())).toList();
      assertEquals(1, found.size(), e.getKey() + " in " + log);
      Entry entry = found.get(0);
      assertEquals(e.getValue().get(0), entry.actor(), "who: " + entry);
      assertTrue(!entry.at().isBefore(before) && !entry.at().isAfter(after), "when: " + entry);
      assertEquals(e.getValue().get(1), entry.subject() == null ? "" : entry.subject(), "what: " + entry);
      assertTrue(entry.details().contains(e.getValue().get(2)), "why: " + entry);
    }
    Entry promoted = log.stream().filter(x -> x.action().equals("MODEL_PROMOTED_OVERRIDE")).findFirst().orElseThrow();
    assertTrue(promoted.details().contains("failed_gates"), promoted.toString());
    assertFalse(log.stream().anyMatch(x -> x.details() != null && x.details().contains("Hangzhou")),
        "no personal data beyond the pseudonymous id in the audit log");
  }
}
