package io.credit.lending.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import io.credit.lending.ApplicantFacts;
import io.credit.lending.EligibilityService;
import io.credit.lending.InflowSource;
import io.credit.lending.policy.PolicyLoader;
import io.credit.lending.store.EligibilityDao;
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

/** The in-memory snapshot answers exactly what the database does, and swaps whole snapshots only. */
class ServedSnapshotTest {
  static final int CUSTOMERS = 400;
  static final List<String> REASONS = List.of("Short repayment history", "Irregular income", "High utilisation",
      "Few counterparties");

  /** Varied applicants: scores over the scale, gates failing for some, unscored ones, different inflows. */
  static void publish(EligibilityService service, LocalDate date, int salt) {
    service.publish(date, PolicyLoader.loadDefault(), "test", sink -> {
      for (int i = 1; i <= CUSTOMERS; i++) {
        int h = Math.floorMod((i * 7919 + salt * 104729) ^ 0x5bd1e995, 1_000_003);
        boolean scored = h % 11 != 0;
        sink.accept(new ApplicantFacts(String.format("C%08d", i * 3), scored ? 350 + h % 601 : null,
            scored ? "SCORED" : "INSUFFICIENT_DATA", REASONS.subList(0, h % 5), "scorecard", String.valueOf(salt),
            h % 13 != 0, LocalDate.of(1970 + h % 40, 1 + h % 12, 1), h % 17 != 0, true, h % 19 == 0, false, null,
            BigDecimal.valueOf(500 + h % 9000)));
      }
    });
  }

  @Test
  void everyCustomerGetsWhatTheDatabaseSays() {
    try (Database db = TestDatabases.freshH2()) {
      EligibilityService service = new EligibilityService(db.jdbi(), InflowSource.none(), Clock.systemUTC());
      publish(service, LocalDate.of(2026, 3, 1), 1);
      EligibilityDao dao = db.jdbi().onDemand(EligibilityDao.class);
      var info = dao.currentSnapshot().orElseThrow();
      ServedSnapshot memory = db.jdbi().withHandle(h -> ServedSnapshot.load(h, info.snapshotId(), info.decisions()));
      assertEquals(CUSTOMERS, memory.customers());
      assertEquals(info.decisions(), memory.decisions());
      int nullScores = 0;
      for (int i = 1; i <= CUSTOMERS; i++) {
        String id = String.format("C%08d", i * 3);
        List<DecisionView> expected = dao.findCurrent(id).stream().map(DecisionView::of).toList();
        assertEquals(expected, memory.decisions(id), id);
        nullScores += expected.get(0).score() == null ? 1 : 0;
      }
      assertTrue(nullScores > 0, "some customers are unscored, so null scores are covered");
      assertEquals(List.of(), memory.decisions("C00000001"), "not published");
      assertEquals(List.of(), memory.decisions("C99999999"), "beyond the last customer");
      assertEquals(List.of(), memory.decisions("X00000003"), "not an id");
    }
  }

  @Test
  void readersDuringPublishesSeeWholeSnapshotsAndNeverGoBack() throws Exception {
    try (Database db = TestDatabases.freshH2()) {
      EligibilityService service = new EligibilityService(db.jdbi(), InflowSource.none(), Clock.systemUTC());
      publish(service, LocalDate.of(2026, 3, 1), 1);
      SnapshotCache cache = new SnapshotCache(db.jdbi());
      cache.start(java.time.Duration.ofMillis(50));
      try {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> violation = new AtomicReference<>();
        AtomicLong reads = new AtomicLong();
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        Runnable reader = () -> {
          long last = 0;
          while (!stop.get() && violation.get() == null) {
            ServedSnapshot s = cache.current().orElse(null);
            if (s == null) {
              violation.set("no snapshot in memory");
              break;
            }
            String id = String.format("C%08d", 3 * ThreadLocalRandom.current().nextInt(1, CUSTOMERS + 1));
            List<DecisionView> ds = s.decisions(id);
            if (ds.size() != 6 || ds.stream().map(DecisionView::runDate).distinct().count() != 1
                || ds.stream().map(DecisionView::modelVersion).distinct().count() != 1) {
              violation.set(id + ": " + ds);
            }
            if (s.snapshotId() < last) {
              violation.set("went back from snapshot " + last + " to " + s.snapshotId());
            }
            last = s.snapshotId();
            seen.add(last);
            reads.incrementAndGet();
          }
        };
        List<Thread> readers = List.of(new Thread(reader), new Thread(reader), new Thread(reader));
        readers.forEach(Thread::start);
        for (int run = 2; run <= 3; run++) {
          publish(service, LocalDate.of(2026, 3, run), run);
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (cache.current().map(ServedSnapshot::snapshotId).orElse(0L) != 3 && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        stop.set(true);
        for (Thread t : readers) {
          t.join();
        }
        assertEquals(null, violation.get());
        assertTrue(reads.get() > 100, "readers ran: " + reads.get());
        assertEquals(3L, cache.current().orElseThrow().snapshotId(), "the cache followed the pointer");
        assertTrue(seen.contains(1L) && seen.contains(3L), "readers saw the switch: " + seen);
      } finally {
        cache.close();
      }
    }
  }

  @Test
  void theServerAnswersTheSameFromMemoryAndFromTheDatabase() throws Exception {
    try (Database db = TestDatabases.freshH2()) {
      publish(new EligibilityService(db.jdbi(), InflowSource.none(), Clock.systemUTC()), LocalDate.of(2026, 3, 1), 1);
      String all = ApiKeys.newKey();
      String rentals = ApiKeys.newKey();
      ApiKeys keys = ApiKeys.of(List.of(ApiKeys.hash(all), ApiKeys.hash(rentals)),
          List.of(new ApiClient("all", Set.of("*")), new ApiClient("rentals", Set.of("RENTAL_APARTMENT"))));
      var local = new java.net.InetSocketAddress("127.0.0.1", 0);
      try (EligibilityServer memory = EligibilityServer.start(local, db.jdbi(), keys, 2);
          EligibilityServer database = EligibilityServer.start(local, db.jdbi(), keys, 2, null)) {
        assertEquals(java.util.Optional.of(1L), memory.snapshotInMemory());
        assertEquals(java.util.Optional.empty(), database.snapshotInMemory());
        var http = java.net.http.HttpClient.newHttpClient();
        for (int i = 1; i <= CUSTOMERS + 2; i += 7) {
          for (String path : List.of("/eligibility", "/eligibility/credit-line", "/eligibility/RENTAL_APARTMENT",
              "/eligibility/RENTAL_YACHT")) {
            for (String key : List.of(all, rentals)) {
              String target = "/v1/customers/" + String.format("C%08d", i * 3) + path;
              var a = http.send(request(memory, target, key), java.net.http.HttpResponse.BodyHandlers.ofString());
              var b = http.send(request(database, target, key), java.net.http.HttpResponse.BodyHandlers.ofString());
              assertEquals(b.statusCode(), a.statusCode(), target);
              assertEquals(b.body(), a.body(), target);
            }
          }
        }
      }
    }
  }

  private static java.net.http.HttpRequest request(EligibilityServer server, String path, String key) {
    return java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Authorization", "Bearer " + key).GET().build();
  }

  @Test
  void aSnapshotTooLargeForTheHeapIsTriedAgainOnceThereIsRoom() {
    try (Database db = TestDatabases.freshH2()) {
      publish(new EligibilityService(db.jdbi(), InflowSource.none(), Clock.systemUTC()), LocalDate.of(2026, 3, 1), 1);
      java.util.concurrent.atomic.AtomicLong free = new java.util.concurrent.atomic.AtomicLong(1_000);
      try (SnapshotCache cache = new SnapshotCache(db.jdbi(), free::get)) {
        cache.refresh();
        assertTrue(cache.current().isEmpty(), "too little heap: answers come from the database");
        cache.refresh();
        assertTrue(cache.current().isEmpty());
        free.set(Long.MAX_VALUE / 4);
        cache.refresh();
        assertEquals(1L, cache.current().orElseThrow().snapshotId(), "loaded once there is room");
      }
    }
  }

  @Test
  void anEmptyDatabaseLeavesNothingInMemory() {
    try (Database db = TestDatabases.freshH2(); SnapshotCache cache = new SnapshotCache(db.jdbi())) {
      cache.refresh();
      assertTrue(cache.current().isEmpty());
    }
  }
}
