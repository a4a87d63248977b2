package io.credit.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.cli.BadInputException;
import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import io.credit.lending.policy.LoadedPolicy;
import io.credit.lending.policy.PolicyLoader;
import io.credit.lending.store.AuditCsvExporter;
import io.credit.lending.store.EligibilityDao;
import io.credit.lending.store.EligibilityRecord;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EligibilityServiceTest {
  static final LocalDate D1 = LocalDate.of(2026, 6, 30);
  static final LocalDate D2 = D1.plusDays(1);

  private final Database db = TestDatabases.freshH2();
  private final ContractTables tables = ContractTables.on(db.jdbi());
  private final LoadedPolicy policy = PolicyLoader.loadDefault();
  private final Map<String, BigDecimal> inflow = new java.util.HashMap<>(Map.of(
      "C00000001", new BigDecimal("8000"), "C00000002", new BigDecimal("8000"), "C00000003", new BigDecimal("5000")));
  private final EligibilityService service = new EligibilityService(db.jdbi(), d -> inflow, Clock.systemUTC());
  private final EligibilityDao dao = db.jdbi().onDemand(EligibilityDao.class);

  @AfterEach
  void close() {
    db.close();
  }

  private String decision(String customer, String product) {
    return dao.findCurrent(customer, product).orElseThrow().decision();
  }

  @Test
  void decidesEveryScoredCustomerFromTheContractTables() {
    tables.goodCustomer("C00000001").score("C00000001", D1, 720, "SCORED", "a", "b", "c", "d")
        .customer("C00000002", LocalDate.of(1990, 1, 1), true, false, false, false)
        .score("C00000002", D1, null, "NO_CONSENT")
        .goodCustomer("C00000003").score("C00000003", D1, 700, "SCORED", "Late repayments")
        .statement("S1", "C00000003", D1.minusDays(5), "300.00").payment("P1", "S1", "C00000003", D1.minusDays(6), "100")
        .goodCustomer("C00000004").score("C00000004", D1, null, "INSUFFICIENT_DATA")
        .customer("C00000005", D1.minusYears(17), true, true, false, false).score("C00000005", D1, 800, "SCORED")
        .score("C00000006", D1, 800, "SCORED"); // no customer master row

    RunSummary run = service.run(D1, policy, "test");

    assertEquals(6, run.customers());
    assertEquals(36, run.decisions());
    assertEquals("APPROVED", decision("C00000001", "CREDIT_LINE"));
    assertEquals(new BigDecimal("24000.00"), dao.findCurrent("C00000001", "CREDIT_LINE").orElseThrow().creditLimit());
    assertEquals("NO_CONSENT", decision("C00000002", "RENTAL_APARTMENT"));
    EligibilityRecord overdue = dao.findCurrent("C00000003", "CREDIT_LINE").orElseThrow();
    assertEquals("DECLINED", overdue.decision());
    assertEquals(List.of("You have a payment overdue since 2026-06-25 (5 days)", "Late repayments"),
        overdue.reasonList());
    assertEquals("MANUAL_REVIEW", decision("C00000004", "CREDIT_LINE"));
    assertEquals("DECLINED", decision("C00000005", "RENTAL_HOTEL"));
    assertEquals("MANUAL_REVIEW", decision("C00000006", "CREDIT_LINE"));
    assertEquals(run.snapshotId(), overdue.snapshotId());
    assertEquals("7", overdue.modelVersion());
    assertEquals("default-2026.1", overdue.policyVersion());
    assertEquals(D1, overdue.runDate());
    assertEquals(Map.of("APPROVED", 1, "DECLINED", 2, "MANUAL_REVIEW", 2, "NO_CONSENT", 1),
        run.counts().get("CREDIT_LINE"));
  }

  @Test
  void paidOnTimeIsNotDelinquentAndConsentRevokedTakesEffectNextRun() {
    tables.goodCustomer("C00000001").score("C00000001", D1, 720, "SCORED")
        .statement("S1", "C00000001", D1.minusDays(5), "300.00")
        .payment("P1", "S1", "C00000001", D1.minusDays(6), "300.00")
        .statement("S2", "C00000001", D1, "50.00"); // due today: not overdue yet
    service.run(D1, policy, "test");
    assertEquals("APPROVED", decision("C00000001", "CREDIT_LINE"));

    db.jdbi().useHandle(h -> h.execute("update customers set consent_scoring = false where customer_id = 'C00000001'"));
    tables.score("C00000001", D2, 720, "SCORED");
    service.run(D2, policy, "test");
    assertEquals("NO_CONSENT", decision("C00000001", "CREDIT_LINE"));
  }

  @Test
  void earlyWarningComparesWithThePreviousRunDateAndIsIdempotentOnRerun() {
    tables.goodCustomer("C00000001").score("C00000001", D1, 720, "SCORED")
        .goodCustomer("C00000002").score("C00000002", D1, 720, "SCORED")
        .score("C00000001", D2, 680, "SCORED", "Spending rose sharply", "Irregular income")
        .score("C00000002", D2, 720, "SCORED")
        .statement("S1", "C00000002", D1, "100.00");
    service.run(D1, policy, "test");
    assertEquals("APPROVED", decision("C00000002", "CREDIT_LINE"));

    for (int run = 0; run < 2; run++) { // a rerun of D2 compares with D1 again, not with itself
      service.run(D2, policy, "test");
      EligibilityRecord reduced = dao.findCurrent("C00000001", "CREDIT_LINE").orElseThrow();
      assertEquals("REDUCED", reduced.decision());
      assertEquals(new BigDecimal("12000.00"), reduced.creditLimit());
      assertEquals(3, reduced.reasonList().size());
      EligibilityRecord frozen = dao.findCurrent("C00000002", "CREDIT_LINE").orElseThrow();
      assertEquals("FROZEN", frozen.decision());
      assertTrue(frozen.reasonList().get(0).contains("overdue since " + D1));
    }
    assertEquals(3, dao.snapshots().size(), "old snapshots are kept");
    assertEquals(1, dao.findByDate("C00000001", D1).stream().filter(r -> r.product().equals("CREDIT_LINE")
        && r.decision().equals("APPROVED")).count());
  }

  @Test
  void noScoresForTheDateIsBadInput() {
    ContractTables.on(db.jdbi());
    BadInputException e = assertThrows(BadInputException.class, () -> service.run(D1, policy, "test"));
    assertTrue(e.getMessage().contains("no scores for 2026-06-30"), e.getMessage());
    assertTrue(dao.currentSnapshot().isEmpty());
  }

  @Test
  void everyDecisionIsAuditedAndExportableAsCsv() {
    tables.goodCustomer("C00000001").score("C00000001", D1, 640, "SCORED", "Few, months", "Quote \"x\"");
    service.run(D1, policy, "nightly");
    StringWriter csv = new StringWriter();
    long n = new AuditCsvExporter(db.jdbi()).export(csv, D1, D1);
    assertEquals(6, n);
    String[] lines = csv.toString().split("\n");
    assertEquals(7, lines.length);
    assertTrue(lines[0].startsWith("audit_id,decided_at,actor,run_date,snapshot_id,customer_id,product,decision"));
    String apartment = List.of(lines).stream().filter(l -> l.contains("RENTAL_APARTMENT")).findFirst().orElseThrow();
    assertTrue(apartment.contains(",nightly,2026-06-30,"), apartment);
    assertTrue(apartment.contains(",DECLINED,"), apartment);
    assertTrue(apartment.contains("score=640;status=SCORED"), apartment);
    assertTrue(apartment.contains("\"Your score of 640 is below 650, the score needed to rent an apartment without a "
        + "deposit|Few, months|Quote \"\"x\"\"\""), apartment);
    assertEquals(0, new AuditCsvExporter(db.jdbi()).export(new StringWriter(), D2, D2));
  }

  @Test
  void policyVersionIsRecordedWithItsHashAndChangedContentIsRefused() {
    tables.goodCustomer("C00000001").score("C00000001", D1, 700, "SCORED");
    service.run(D1, policy, "test");
    String hash = db.jdbi().withHandle(h -> h.createQuery("select sha256 from policies where policy_version = "
        + "'default-2026.1'").mapTo(String.class).one());
    assertEquals(policy.sha256(), hash);
    LoadedPolicy changed = PolicyLoader.parse(policy.content().replace("floor: 500", "floor: 600")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "changed.yaml", false);
    BadInputException e = assertThrows(BadInputException.class, () -> service.run(D1, changed, "test"));
    assertTrue(e.getMessage().contains("already recorded with different content"), e.getMessage());
    assertEquals(1, (int) db.jdbi().withHandle(h -> h.createQuery("select count(*) from audit_log where action = "
        + "'POLICY_RECORDED'").mapTo(Integer.class).one()));
  }

  @Test
  void aFailedWriteLeavesThePreviousSnapshotCurrent() {
    tables.goodCustomer("C00000001").score("C00000001", D1, 720, "SCORED");
    RunSummary good = service.run(D1, policy, "test");
    RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
        () -> service.publish(D2, policy, "test", sink -> {
          for (int i = 1; i <= 1_000; i++) { // several chunks, one of them refused by the database
            String id = i == 900 ? "C" + "9".repeat(40) : String.format("C%08d", i);
            sink.accept(new ApplicantFacts(id, 700, "SCORED", List.of(), "m", "1", true, LocalDate.of(1990, 1, 1),
                true, true, false, false, null, BigDecimal.TEN));
          }
        }));
    assertTrue(e.getMessage().contains("cannot write eligibility snapshot"), e.getMessage());
    assertEquals(good.snapshotId(), dao.currentSnapshot().orElseThrow().snapshotId());
    assertEquals("FAILED", dao.snapshots().get(0).status());
    assertEquals(6, dao.findCurrent("C00000001").size());
  }
}
