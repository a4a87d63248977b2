package io.credit.lending.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.db.Database;
import io.credit.lending.ApplicantFacts;
import io.credit.lending.EligibilityService;
import io.credit.lending.InflowSource;
import io.credit.lending.RunSummary;
import io.credit.lending.policy.PolicyLoader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DAO queries and the audit trigger, run on H2 ({@link EligibilityDaoH2Test}) and on PostgreSQL
 * ({@link EligibilityDaoPostgresTest}). Written to tolerate rows left by earlier runs on a shared server.
 */
abstract class EligibilityDaoContract {
  private Database db;
  private EligibilityDao dao;
  private EligibilityService service;
  private int base;
  private LocalDate day;

  abstract Database open();

  @BeforeEach
  void setUp() {
    db = open();
    dao = db.jdbi().onDemand(EligibilityDao.class);
    service = new EligibilityService(db.jdbi(), InflowSource.none(), Clock.systemUTC());
    base = ThreadLocalRandom.current().nextInt(1, 90_000) * 1000;
    day = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 300_000));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private String id(int i) {
    return String.format("C%08d", base + i);
  }

  private RunSummary publish(LocalDate date, int score) {
    return service.publish(date, PolicyLoader.loadDefault(), "test", sink -> {
      for (int i = 1; i <= 5; i++) {
        sink.accept(new ApplicantFacts(id(i), score + i, "SCORED", List.of("r"), "scorecard", "2", true,
            LocalDate.of(1980, 1, 1), true, true, false, false, null, new BigDecimal("1000")));
      }
    });
  }

  @Test
  void findCurrentByCustomerProductAndDate() {
    RunSummary first = publish(day, 600);
    RunSummary second = publish(day.plusDays(1), 640);

    List<EligibilityRecord> rows = dao.findCurrent(id(3));
    assertEquals(6, rows.size());
    assertTrue(rows.stream().allMatch(r -> r.snapshotId() == second.snapshotId()));
    assertEquals(List.of("CREDIT_LINE", "RENTAL_APARTMENT", "RENTAL_BIKE", "RENTAL_CAR", "RENTAL_HOTEL",
        "RENTAL_POWER_BANK"), rows.stream().map(EligibilityRecord::product).toList());
    EligibilityRecord apartment = dao.findCurrent(id(3), "RENTAL_APARTMENT").orElseThrow();
    assertEquals("DECLINED", apartment.decision()); // 643 < 650
    assertEquals(643, apartment.score());
    assertEquals(1000, dao.findCurrent(id(3), "CREDIT_LINE").orElseThrow().creditLimit().intValue());
    assertTrue(dao.findCurrent("C99999999").isEmpty());
    assertTrue(dao.findCurrent(id(3), "NO_SUCH_PRODUCT").isEmpty());

    List<EligibilityRecord> page = dao.findCurrentByProduct("RENTAL_BIKE", id(1), 2);
    assertEquals(List.of(id(2), id(3)), page.stream().map(EligibilityRecord::customerId).toList());

    List<EligibilityRecord> then = dao.findByDate(id(3), day);
    assertEquals(6, then.size());
    assertTrue(then.stream().allMatch(r -> r.snapshotId() == first.snapshotId() && r.score() == 603));
    assertEquals(second.snapshotId(), dao.currentSnapshot().orElseThrow().snapshotId());
    assertEquals("PUBLISHED", dao.currentSnapshot().orElseThrow().status());
  }

  @Test
  void decisionAuditRefusesUpdatesAndDeletes() {
    publish(day, 700);
    Jdbi jdbi = db.jdbi();
    String who = id(1);
    long before = jdbi.withHandle(h -> h.createQuery("select count(*) from decision_audit where customer_id = :c")
        .bind("c", who).mapTo(Long.class).one());
    assertEquals(6, before);
    Exception update = assertThrows(Exception.class, () -> jdbi.useHandle(h -> h.createUpdate(
        "update decision_audit set decision = 'APPROVED' where customer_id = :c").bind("c", who).execute()));
    assertTrue(String.valueOf(rootMessage(update)).contains("append-only"), rootMessage(update));
    Exception delete = assertThrows(Exception.class, () -> jdbi.useHandle(h -> h.createUpdate(
        "delete from decision_audit where customer_id = :c").bind("c", who).execute()));
    assertTrue(String.valueOf(rootMessage(delete)).contains("append-only"), rootMessage(delete));
    assertEquals(before, (long) jdbi.withHandle(h -> h.createQuery(
        "select count(*) from decision_audit where customer_id = :c")
        .bind("c", who).mapTo(Long.class).one()));
  }

  private static String rootMessage(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c.getMessage()).append(" / ");
    }
    return sb.toString();
  }
}
