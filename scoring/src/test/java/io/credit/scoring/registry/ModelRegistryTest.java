package io.credit.scoring.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelRegistryTest {
  static final LocalDate D = LocalDate.of(2026, 6, 30);
  Database db;
  ModelRegistry registry;

  @BeforeEach
  void open() {
    db = TestDatabases.configured();
    registry = new ModelRegistry(db.jdbi());
    db.jdbi().useHandle(h -> {
      h.execute("delete from backtests where model_name in ('test-card', 'test-gbt')");
      h.execute("delete from models where model_name in ('test-card', 'test-gbt')");
    });
  }

  @AfterEach
  void close() {
    db.close();
  }

  ModelRecord register() {
    return registry.register(new NewModel("test-card", "scorecard", D.minusYears(1), D, D.toString(), "1",
        "{\"maxBins\":8}", "{\"auc\":0.8}", "{\"spark\":\"4.1.0\"}", "abc123", "/models/test-card"));
  }

  void backtest(ModelRecord m, double auc, Map<String, Integer> bands) {
    StringBuilder json = new StringBuilder("{\"band_counts\":{");
    bands.forEach((k, v) -> json.append('"').append(k).append("\":").append(v).append(','));
    json.setLength(json.length() - 1);
    json.append("}}");
    registry.saveBacktest(new BacktestRecord(0, LocalDateTime.now(), m.name(), m.version(), D, 1000, 100, auc, 0.4,
        2 * auc - 1, 0.08, 0.01, json.toString()));
  }

  static final Map<String, Integer> BANDS = Map.of("POOR", 100, "FAIR", 200, "GOOD", 300, "VERY_GOOD", 250,
      "EXCELLENT", 150);

  @Test
  void versionsAreNumberedPerNameAndStartAsChallengers() {
    ModelRecord a = register();
    ModelRecord b = register();
    assertEquals(a.version() + 1, b.version());
    assertEquals(ModelStage.CHALLENGER, b.stage());
    assertEquals("abc123", registry.require(new ModelRef("test-card", b.version())).trainingDataHash());
  }

  @Test
  void firstPromotionNeedsNoGateAndLaterOnesMustBeatTheChampion() {
    ModelRecord first = register();
    assertEquals(List.of(), registry.promote(new ModelRef("test-card", first.version()), PromotionGates.defaults(),
        null, "tester"));
    assertEquals(first.version(), registry.champion("test-card").orElseThrow().version());

    ModelRecord second = register();
    ModelRef ref = new ModelRef("test-card", second.version());
    PromotionRefusedException noBacktest = assertThrows(PromotionRefusedException.class,
        () -> registry.promote(ref, PromotionGates.defaults(), null, "tester"));
    assertTrue(noBacktest.getMessage().contains("no backtest"), noBacktest.getMessage());

    backtest(first, 0.80, BANDS);
    backtest(second, 0.802, BANDS);
    PromotionRefusedException tooSmall = assertThrows(PromotionRefusedException.class,
        () -> registry.promote(ref, PromotionGates.defaults(), null, "tester"));
    assertTrue(tooSmall.getMessage().contains("does not beat"), tooSmall.getMessage());

    backtest(second, 0.81, Map.of("POOR", 600, "FAIR", 100, "GOOD", 100, "VERY_GOOD", 100, "EXCELLENT", 100));
    PromotionRefusedException shifted = assertThrows(PromotionRefusedException.class,
        () -> registry.promote(ref, PromotionGates.defaults(), null, "tester"));
    assertTrue(shifted.getMessage().contains("PSI") && !shifted.getMessage().contains("does not beat"),
        shifted.getMessage());

    backtest(second, 0.81, BANDS);
    assertEquals(List.of(), registry.promote(ref, PromotionGates.defaults(), null, "tester"));
    assertEquals(ModelStage.RETIRED, registry.require(new ModelRef("test-card", first.version())).stage());
    assertEquals(ModelStage.CHAMPION, registry.require(ref).stage());
  }

  @Test
  void overrideIsRecordedInTheAuditLog() {
    ModelRecord first = register();
    registry.promote(new ModelRef("test-card", first.version()), PromotionGates.defaults(), null, "tester");
    ModelRecord second = register();
    ModelRef ref = new ModelRef("test-card", second.version());
    List<String> overridden = registry.promote(ref, PromotionGates.defaults(), "regulator asked for it", "risk-officer");
    assertEquals(1, overridden.size());
    List<String> details = db.jdbi().withHandle(h -> h.createQuery(
            "select details from audit_log where action = 'MODEL_PROMOTED_OVERRIDE' and subject = :s")
        .bind("s", ref.toString()).mapTo(String.class).list());
    assertTrue(details.stream().anyMatch(d -> d.contains("regulator asked for it")), details.toString());

    registry.retire(ref, "risk-officer");
    assertEquals(ModelStage.RETIRED, registry.require(ref).stage());
    assertThrows(io.credit.core.cli.BadInputException.class, () -> registry.retire(ref, "risk-officer"));
  }

  @Test
  void aGbtIsNeverPromotedEvenWithAnOverride() {
    ModelRecord gbt = registry.register(new NewModel("test-gbt", "gbt", D.minusYears(1), D, D.toString(), "1",
        "{\"maxIter\":40}", "{}", "{\"spark\":\"4.1.0\"}", "abc123", "/models/test-gbt"));
    backtest(gbt, 0.9, BANDS);
    ModelRef ref = new ModelRef("test-gbt", gbt.version());
    long auditBefore = audits(ref);
    for (String override : new String[] {null, "the GBT is more accurate"}) {
      PromotionRefusedException e = assertThrows(PromotionRefusedException.class,
          () -> registry.promote(ref, PromotionGates.defaults(), override, "tester"));
      assertTrue(e.getMessage().contains("must be an interpretable scorecard"), e.getMessage());
      assertTrue(e.getMessage().contains("--override does not apply"), e.getMessage());
    }
    assertEquals(ModelStage.CHALLENGER, registry.require(ref).stage());
    assertTrue(registry.champion("test-gbt").isEmpty());
    assertEquals(auditBefore, audits(ref), "a refused promotion changes nothing");
  }

  long audits(ModelRef ref) {
    return db.jdbi().withHandle(h -> h.createQuery("select count(*) from audit_log where subject = :s")
        .bind("s", ref.toString()).mapTo(Long.class).one());
  }
}
