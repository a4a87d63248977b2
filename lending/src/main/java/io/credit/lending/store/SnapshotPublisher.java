package io.credit.lending.store;

import io.credit.core.db.DatabaseException;
import io.credit.lending.Decision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes an eligibility snapshot and publishes it atomically. Rows are written in chunks into a new
 * snapshot that no reader looks at ({@code BUILDING}); {@link #publish} then switches the
 * {@code eligibility_current} pointer and marks the snapshot {@code PUBLISHED} in one transaction.
 * Every decision also goes to the append-only {@code decision_audit}. Old snapshots are kept.
 */
public final class SnapshotPublisher {
  private static final String INSERT_ROW = "insert into eligibility (snapshot_id, customer_id, product, decision, "
      + "credit_limit, deposit_waived, score, band, score_status, model_name, model_version, policy_version, "
      + "run_date, reasons) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_AUDIT = "insert into decision_audit (decided_at, actor, run_date, snapshot_id, "
      + "customer_id, product, decision, credit_limit, deposit_waived, model_name, model_version, policy_version, "
      + "inputs, reasons) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Jdbi jdbi;
  private final Clock clock;

  public SnapshotPublisher(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Starts a new, invisible snapshot and returns its id. */
  public long begin(LocalDate runDate, String policyVersion) {
    return jdbi.withHandle(h -> h.createUpdate("insert into eligibility_snapshots (run_date, policy_version, status, "
            + "customers, decisions, created_at) values (:d, :p, 'BUILDING', 0, 0, :now)")
        .bind("d", runDate).bind("p", policyVersion).bind("now", now())
        .executeAndReturnGeneratedKeys("snapshot_id").mapTo(Long.class).one());
  }

  /** Writes a chunk of decisions (and their audit entries) into a building snapshot, in one transaction. */
  public void write(long snapshotId, List<Decision> decisions, String actor) {
    if (decisions.isEmpty()) {
      return;
    }
    Timestamp at = Timestamp.valueOf(now());
    try {
      writeChunk(snapshotId, decisions, actor, at);
    } catch (SQLException e) {
      throw new DatabaseException("cannot write eligibility snapshot " + snapshotId + ": " + e.getMessage(), e);
    }
  }

  private void writeChunk(long snapshotId, List<Decision> decisions, String actor, Timestamp at) throws SQLException {
    jdbi.useTransaction(h -> {
      Connection c = h.getConnection();
      try (PreparedStatement rows = c.prepareStatement(INSERT_ROW);
          PreparedStatement audit = c.prepareStatement(INSERT_AUDIT)) {
        for (Decision d : decisions) {
          String reasons = String.join("\n", d.reasons());
          rows.setLong(1, snapshotId);
          rows.setString(2, d.customerId());
          rows.setString(3, d.product());
          rows.setString(4, d.decision().name());
          rows.setBigDecimal(5, d.creditLimit());
          rows.setBigDecimal(6, d.depositWaived());
          rows.setObject(7, d.score(), Types.INTEGER);
          rows.setString(8, d.band());
          rows.setString(9, d.scoreStatus());
          rows.setString(10, d.modelName());
          rows.setString(11, d.modelVersion());
          rows.setString(12, d.policyVersion());
          rows.setObject(13, d.runDate());
          rows.setString(14, reasons);
          rows.addBatch();
          audit.setTimestamp(1, at);
          audit.setString(2, actor);
          audit.setObject(3, d.runDate());
          audit.setLong(4, snapshotId);
          audit.setString(5, d.customerId());
          audit.setString(6, d.product());
          audit.setString(7, d.decision().name());
          audit.setBigDecimal(8, d.creditLimit());
          audit.setBigDecimal(9, d.depositWaived());
          audit.setString(10, d.modelName());
          audit.setString(11, d.modelVersion());
          audit.setString(12, d.policyVersion());
          audit.setString(13, d.inputs());
          audit.setString(14, reasons);
          audit.addBatch();
        }
        rows.executeBatch();
        audit.executeBatch();
      }
    });
  }

  /** Makes the snapshot the current one, in one transaction; readers switch from the whole old to the whole new. */
  public void publish(long snapshotId, int customers, int decisions, String actor) {
    LocalDateTime at = now();
    jdbi.useTransaction(h -> {
      int updated = h.createUpdate("update eligibility_snapshots set status = 'PUBLISHED', customers = :c, "
              + "decisions = :n, published_at = :at where snapshot_id = :s and status = 'BUILDING'")
          .bind("c", customers).bind("n", decisions).bind("at", at).bind("s", snapshotId).execute();
      if (updated != 1) {
        throw new IllegalStateException("snapshot " + snapshotId + " is not being built; cannot publish it");
      }
      switchPointer(h, snapshotId, at);
      h.createUpdate("insert into audit_log (at_time, actor, action, subject, details) "
              + "values (:at, :actor, 'ELIGIBILITY_PUBLISHED', :subject, :details)")
          .bind("at", at).bind("actor", actor).bind("subject", "snapshot:" + snapshotId)
          .bind("details", "customers=" + customers + ";decisions=" + decisions).execute();
    });
  }

  /** Marks a snapshot that could not be completed; readers never saw it. */
  public void fail(long snapshotId) {
    jdbi.useHandle(h -> h.createUpdate("update eligibility_snapshots set status = 'FAILED' "
        + "where snapshot_id = :s and status = 'BUILDING'").bind("s", snapshotId).execute());
  }

  private static void switchPointer(Handle h, long snapshotId, LocalDateTime at) {
    int moved = h.createUpdate("update eligibility_current set snapshot_id = :s, switched_at = :at where id = 1")
        .bind("s", snapshotId).bind("at", at).execute();
    if (moved == 0) {
      h.createUpdate("insert into eligibility_current (id, snapshot_id, switched_at) values (1, :s, :at)")
          .bind("s", snapshotId).bind("at", at).execute();
    }
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
