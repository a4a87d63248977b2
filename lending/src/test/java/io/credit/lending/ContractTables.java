package io.credit.lending;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;

/**
 * Test fixture for the other modules' tables lending reads (contract DDL from docs/CONTRACTS.md),
 * with helpers to insert rows.
 */
public final class ContractTables {
  private final Jdbi jdbi;

  private ContractTables(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Creates the tables when absent and returns the fixture. */
  public static ContractTables on(Jdbi jdbi) {
    try (InputStream in = ContractTables.class.getResourceAsStream("contract-tables.sql")) {
      String ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
      jdbi.useHandle(h -> {
        for (String stmt : ddl.split(";")) {
          if (!stmt.isBlank()) {
            h.execute(stmt);
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ContractTables(jdbi);
  }

  public ContractTables customer(String id, LocalDate birthDate, boolean idVerified, boolean consent, boolean fraud,
      boolean aml) {
    jdbi.useHandle(h -> h.createUpdate("insert into customers (customer_id, national_id_hash, phone_hash, birth_date, "
            + "city, city_tier, device_hash, id_verified, phone_verified, account_open_date, consent_scoring, "
            + "consent_sharing, fraud_flag, aml_flag, first_seen_date, updated_date) values (:id, 'h', 'h', :b, "
            + "'Hangzhou', 2, null, :v, true, :b, :c, false, :f, :a, :b, :b)")
        .bind("id", id).bind("b", birthDate).bind("v", idVerified).bind("c", consent).bind("f", fraud)
        .bind("a", aml).execute());
    return this;
  }

  /** A verified, consenting adult without flags. */
  public ContractTables goodCustomer(String id) {
    return customer(id, LocalDate.of(1990, 5, 1), true, true, false, false);
  }

  public ContractTables score(String id, LocalDate date, Integer score, String status, String... reasons) {
    jdbi.useHandle(h -> h.createUpdate("insert into scores (customer_id, score_date, score, band, dim_credit_history, "
            + "dim_behaviour, dim_ability_to_pay, dim_identity, dim_connections, reason_1, reason_2, reason_3, "
            + "reason_4, status, model_name, model_version) values (:id, :d, :s, :band, 0.5, 0.5, 0.5, 0.5, 0.5, "
            + ":r1, :r2, :r3, :r4, :status, 'scorecard', '7')")
        .bind("id", id).bind("d", date).bind("s", score)
        .bind("band", score == null ? null : io.credit.core.model.ScoreBand.of(score).name())
        .bind("r1", reasons.length > 0 ? reasons[0] : null).bind("r2", reasons.length > 1 ? reasons[1] : null)
        .bind("r3", reasons.length > 2 ? reasons[2] : null).bind("r4", reasons.length > 3 ? reasons[3] : null)
        .bind("status", status).execute());
    return this;
  }

  public ContractTables statement(String statementId, String customerId, LocalDate due, String amountDue) {
    jdbi.useHandle(h -> h.createUpdate("insert into statements (statement_id, customer_id, product, statement_date, "
            + "due_date, amount_due, credit_limit, ingested_date) values (:s, :c, 'CREDIT_LINE', :sd, :due, :amt, "
            + "10000, :sd)")
        .bind("s", statementId).bind("c", customerId).bind("sd", due.minusDays(20)).bind("due", due)
        .bind("amt", new BigDecimal(amountDue)).execute());
    return this;
  }

  public ContractTables payment(String paymentId, String statementId, String customerId, LocalDate date,
      String amount) {
    jdbi.useHandle(h -> h.createUpdate("insert into payments (payment_id, statement_id, customer_id, payment_date, "
            + "amount, ingested_date) values (:p, :s, :c, :d, :a, :d)")
        .bind("p", paymentId).bind("s", statementId).bind("c", customerId).bind("d", date)
        .bind("a", new BigDecimal(amount)).execute());
    return this;
  }
}
