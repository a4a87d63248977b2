package io.credit.ingestion.store;

import io.credit.ingestion.validate.PaymentRecord;
import io.credit.ingestion.validate.StatementRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tables {@code statements} and {@code payments}: upserts by id (a later row replaces an earlier one). */
public final class LedgerStore {
  private final JdbcTemplate jdbc;
  private final boolean postgres;

  public LedgerStore(JdbcTemplate jdbc, boolean postgres) {
    this.jdbc = jdbc;
    this.postgres = postgres;
  }

  private String upsert(String table, String key, String columns) {
    String params = String.join(", ", java.util.Collections.nCopies(columns.split(", ").length, "?"));
    if (!postgres) {
      return "merge into " + table + " (" + columns + ") key (" + key + ") values (" + params + ")";
    }
    StringBuilder sets = new StringBuilder();
    for (String c : columns.split(", ")) {
      if (!c.equals(key)) {
        sets.append(sets.isEmpty() ? "" : ", ").append(c).append(" = excluded.").append(c);
      }
    }
    return "insert into " + table + " (" + columns + ") values (" + params + ") on conflict (" + key
        + ") do update set " + sets;
  }

  public void upsertStatements(List<StatementRecord> records, LocalDate runDate) {
    jdbc.batchUpdate(upsert("statements", "statement_id",
            "statement_id, customer_id, product, statement_date, due_date, amount_due, credit_limit, ingested_date"),
        records.stream().map(r -> new Object[] {r.statementId(), r.customerId(), r.product(), r.statementDate(),
            r.dueDate(), money(r.amountDueCents()), money(r.creditLimitCents()), runDate}).toList());
  }

  public void upsertPayments(List<PaymentRecord> records, LocalDate runDate) {
    jdbc.batchUpdate(upsert("payments", "payment_id",
            "payment_id, statement_id, customer_id, payment_date, amount, ingested_date"),
        records.stream().map(r -> new Object[] {r.paymentId(), r.statementId(), r.customerId(), r.paymentDate(),
            money(r.amountCents()), runDate}).toList());
  }

  /** Looks a statement's customer up in the database ({@code null} when unknown), caching answers. */
  public Function<String, String> statementCustomers() {
    Map<String, String> cache = new java.util.HashMap<>();
    return id -> cache.computeIfAbsent(id, k -> jdbc.query(
        "select customer_id from statements where statement_id = ?", rs -> rs.next() ? rs.getString(1) : null, k));
  }

  private static BigDecimal money(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }
}
