package io.credit.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canonical comparison the fault suite relies on: wall-clock columns and snapshot ids do not count,
 * rows of a snapshot that was never published are set apart, and any other difference is found.
 */
class CanonicalTablesTest {
  static final LocalDate D = LocalDate.of(2025, 9, 30);

  @TempDir Path tmp;

  @Test
  void sameContentWrittenAtOtherTimesAndUnderOtherSnapshotIdsIsEqual() throws Exception {
    Path clean = database("clean", h -> {
      publishedSnapshot(h, 1, "2025-09-30 01:00:00");
      audit(h, 1, "2025-09-30 01:00:05");
    });
    Path restarted = database("restarted", h -> {
      building(h, 1); // a run killed while it built snapshot 1
      publishedSnapshot(h, 2, "2025-09-30 02:17:00");
      audit(h, 2, "2025-09-30 02:17:09");
    });
    PlatformState a = PlatformState.captureDatabase(clean, tmp, D);
    PlatformState b = PlatformState.captureDatabase(restarted, tmp, D);
    InvariantResult tables = tablesEqual(a, b);
    assertTrue(tables.holds(), tables.detail());
    assertEquals(2, b.abandonedRows().get("eligibility"));
    assertEquals(1, b.abandonedRows().get("eligibility_snapshots"));
    assertEquals(a.currentAudit(), b.currentAudit());
    assertEquals("2025-09-30#1", b.current().label());
  }

  @Test
  void aDifferentDecisionIsFound() throws Exception {
    Path clean = database("clean", h -> publishedSnapshot(h, 1, "2025-09-30 01:00:00"));
    Path other = database("other", h -> {
      publishedSnapshot(h, 1, "2025-09-30 01:00:00");
      h.execute("update eligibility set decision = 'DECLINED' where customer_id = 'C00000002'");
    });
    InvariantResult tables = tablesEqual(PlatformState.captureDatabase(clean, tmp, D),
        PlatformState.captureDatabase(other, tmp, D));
    assertFalse(tables.holds());
    assertTrue(tables.detail().startsWith("eligibility 2 rows (clean 2)"), tables.detail());
    assertTrue(tables.detail().contains("C00000002"), tables.detail());
  }

  @Test
  void aMissingRowIsFound() throws Exception {
    Path clean = database("clean", h -> publishedSnapshot(h, 1, "2025-09-30 01:00:00"));
    Path other = database("other", h -> {
      publishedSnapshot(h, 1, "2025-09-30 01:00:00");
      h.execute("delete from eligibility where customer_id = 'C00000001'");
    });
    InvariantResult tables = tablesEqual(PlatformState.captureDatabase(clean, tmp, D),
        PlatformState.captureDatabase(other, tmp, D));
    assertFalse(tables.holds());
    assertTrue(tables.detail().contains("missing a row of customer C00000001"), tables.detail());
  }

  private static InvariantResult tablesEqual(PlatformState clean, PlatformState run) {
    return Invariants.check(clean, run, D).stream().filter(i -> i.name().equals("tables-equal")).findFirst().orElseThrow();
  }

  private Path database(String name, java.util.function.Consumer<Handle> fill) {
    Path dir = tmp.resolve(name);
    try (Database db = Database.open(PlatformConfig.defaults().withDataDir(dir).withInboxDir(tmp))) {
      db.jdbi().useHandle(fill::accept);
    }
    return dir;
  }

  private static void publishedSnapshot(Handle h, long id, String at) {
    h.execute("insert into eligibility_snapshots (snapshot_id, run_date, policy_version, status, customers, decisions, "
        + "created_at, published_at) values (?, date '2025-09-30', 'p1', 'PUBLISHED', 2, 2, timestamp '" + at + "', timestamp '"
        + at + "')", id);
    rows(h, id);
    h.execute("insert into eligibility_current (id, snapshot_id, switched_at) values (1, ?, timestamp '" + at + "')", id);
    h.execute("insert into audit_log (at_time, actor, action, subject, details) values (timestamp '" + at
        + "', 'nightly', 'ELIGIBILITY_PUBLISHED', 'snapshot:" + id + "', 'customers=2;decisions=2')");
  }

  private static void building(Handle h, long id) {
    h.execute("insert into eligibility_snapshots (snapshot_id, run_date, policy_version, status, customers, decisions, "
        + "created_at) values (?, date '2025-09-30', 'p1', 'BUILDING', 0, 0, timestamp '2025-09-30 00:59:00')", id);
    rows(h, id);
  }

  private static void rows(Handle h, long snapshot) {
    for (String c : List.of("C00000001", "C00000002")) {
      h.execute("insert into eligibility (snapshot_id, customer_id, product, decision, score, score_status, "
          + "policy_version, run_date, reasons) values (?, ?, 'CREDIT_LINE', 'APPROVED', 700, 'SCORED', 'p1', "
          + "date '2025-09-30', 'ok')", snapshot, c);
    }
  }

  private static void audit(Handle h, long snapshot, String at) {
    for (String c : List.of("C00000001", "C00000002")) {
      h.execute("insert into decision_audit (decided_at, actor, run_date, snapshot_id, customer_id, product, decision, "
          + "policy_version, inputs, reasons) values (timestamp '" + at + "', 'nightly', date '2025-09-30', ?, ?, "
          + "'CREDIT_LINE', 'APPROVED', 'p1', 'score=700', 'ok')", snapshot, c);
    }
  }
}
