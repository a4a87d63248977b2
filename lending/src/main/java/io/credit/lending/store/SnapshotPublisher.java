package io.credit.lending.store;

import io.credit.lending.Decision;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes an eligibility snapshot and publishes it atomically. Rows are written in chunks into a new
 * snapshot that no reader looks at ({@code BUILDING}); {@link #publish} then switches the
 * {@code eligibility_current} pointer and marks the snapshot {@code PUBLISHED} in one transaction.
 * Every decision also goes to the append-only {@code decision_audit}. Old snapshots are kept.
 */
public final class SnapshotPublisher {
  private static final String INSERT_ROW = "insert into eligibility (snapshot_id, customer_id, product, decision, "
      + "credit_limit, deposit_waived, score, band, score_status, model_name, model_version, policy_version, "
      + "run_date, reasons) values (:snapshot, :customerId, :product, :decision, :creditLimit, :depositWaived, "
      + ":score, :band, :scoreStatus, :modelName, :modelVersion, :policyVersion, :runDate, :reasons)";
  private static final String INSERT_AUDIT = "insert into decision_audit (decided_at, actor, run_date, snapshot_id, "
      + "customer_id, product, decision, credit_limit, deposit_waived, model_name, model_version, policy_version, "
      + "inputs, reasons) values (:at, :actor, :runDate, :snapshot, :customerId, :product, :decision, "
      + ":creditLimit, :depositWaived, :modelName, :modelVersion, :policyVersion, :inputs, :reasons)";

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
    LocalDateTime at = now();
    jdbi.useTransaction(h -> {
      PreparedBatch rows = h.prepareBatch(INSERT_ROW);
      PreparedBatch audit = h.prepareBatch(INSERT_AUDIT);
      for (Decision d : decisions) {
        bind(rows, snapshotId, d).add();
        bind(audit, snapshotId, d).bind("at", at).bind("actor", actor).bind("inputs", d.inputs()).add();
      }
      rows.execute();
      audit.execute();
    });
  }

  private static PreparedBatch bind(PreparedBatch b, long snapshotId, Decision d) {
    return b.bind("snapshot", snapshotId).bind("customerId", d.customerId()).bind("product", d.product())
        .bind("decision", d.decision().name()).bind("creditLimit", d.creditLimit())
        .bind("depositWaived", d.depositWaived()).bind("score", d.score()).bind("band", d.band())
        .bind("scoreStatus", d.scoreStatus()).bind("modelName", d.modelName()).bind("modelVersion", d.modelVersion())
        .bind("policyVersion", d.policyVersion()).bind("runDate", d.runDate())
        .bind("reasons", String.join("\n", d.reasons()));
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
