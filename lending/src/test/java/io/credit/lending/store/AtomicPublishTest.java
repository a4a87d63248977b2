package io.credit.lending.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import io.credit.lending.ApplicantFacts;
import io.credit.lending.EligibilityService;
import io.credit.lending.InflowSource;
import io.credit.lending.RunSummary;
import io.credit.lending.policy.LoadedPolicy;
import io.credit.lending.policy.PolicyLoader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Readers on other threads during publishes never see a mix of two snapshots nor an empty result. */
class AtomicPublishTest {
  static final int CUSTOMERS = 1_500;
  static final int PRODUCTS = 6;

  static void publish(EligibilityService service, LocalDate date, int score) {
    LoadedPolicy policy = PolicyLoader.loadDefault();
    service.publish(date, policy, "test", sink -> {
      for (int i = 1; i <= CUSTOMERS; i++) {
        sink.accept(new ApplicantFacts(String.format("C%08d", i), score, "SCORED", List.of("r1", "r2", "r3"),
            "scorecard", "1", true, LocalDate.of(1990, 1, 1), true, true, false, false, null, new BigDecimal("5000")));
      }
    });
  }

  @Test
  void concurrentReadersSeeWholeSnapshotsOnly() throws Exception {
    try (Database db = TestDatabases.freshH2()) {
      EligibilityService service = new EligibilityService(db.jdbi(), InflowSource.none(), Clock.systemUTC());
      EligibilityDao dao = db.jdbi().onDemand(EligibilityDao.class);
      publish(service, LocalDate.of(2026, 1, 1), 700);

      AtomicBoolean stop = new AtomicBoolean();
      AtomicReference<String> violation = new AtomicReference<>();
      AtomicLong reads = new AtomicLong();
      Set<Long> seenSnapshots = ConcurrentHashMap.newKeySet();
      Runnable reader = () -> {
        while (!stop.get() && violation.get() == null) {
          String id = String.format("C%08d", ThreadLocalRandom.current().nextInt(1, CUSTOMERS + 1));
          List<EligibilityRecord> rows = dao.findCurrent(id);
          long snapshots = rows.stream().mapToLong(EligibilityRecord::snapshotId).distinct().count();
          long scores = rows.stream().map(EligibilityRecord::score).distinct().count();
          if (rows.size() != PRODUCTS || snapshots != 1 || scores != 1) {
            violation.set(id + ": " + rows.size() + " rows from " + snapshots + " snapshots");
          } else {
            seenSnapshots.add(rows.get(0).snapshotId());
          }
          long count = dao.countCurrent();
          if (count != (long) CUSTOMERS * PRODUCTS) {
            violation.set("current snapshot has " + count + " rows");
          }
          reads.incrementAndGet();
        }
      };
      List<Thread> readers = List.of(new Thread(reader), new Thread(reader), new Thread(reader));
      readers.forEach(Thread::start);
      for (int run = 2; run <= 3; run++) {
        publish(service, LocalDate.of(2026, 1, run), 700 + run);
      }
      Thread.sleep(200);
      stop.set(true);
      for (Thread t : readers) {
        t.join();
      }
      assertEquals(null, violation.get());
      assertTrue(reads.get() > 100, "readers ran: " + reads.get());
      assertTrue(seenSnapshots.size() >= 2, "readers saw the switch between snapshots: " + seenSnapshots);
      assertEquals(3, dao.snapshots().size());
      assertEquals(703, dao.findCurrent("C00000001", "CREDIT_LINE").orElseThrow().score());
    }
  }
}
