package io.credit.lending.store;

import io.credit.lending.ApplicantFacts;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads the facts eligibility is decided from, out of other modules' tables (see docs/CONTRACTS.md):
 * {@code scores} of the run date joined to {@code customers}, and current delinquency from
 * {@code statements} and {@code payments}.
 */
public final class ApplicantReader {
  private static final String SCORES = """
      select s.customer_id, s.score, s.status, s.reason_1, s.reason_2, s.reason_3, s.reason_4,
             s.model_name, s.model_version, c.customer_id as known_id, c.birth_date, c.id_verified,
             c.consent_scoring, c.fraud_flag, c.aml_flag
      from scores s left join customers c on c.customer_id = s.customer_id
      where s.score_date = :d
      order by s.customer_id""";

  /** Statements due before the cut-off that payments dated before the run date do not cover. */
  private static final String OVERDUE = """
      select st.customer_id, min(st.due_date) as overdue_since
      from statements st
      left join (select statement_id, sum(amount) as paid from payments where payment_date < :d
                 group by statement_id) p on p.statement_id = st.statement_id
      where st.due_date < :cutoff and st.amount_due > coalesce(p.paid, 0)
      group by st.customer_id""";

  private final Jdbi jdbi;

  public ApplicantReader(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** How many score rows the run date has. */
  public int countScores(LocalDate date) {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from scores where score_date = :d")
        .bind("d", date).mapTo(Integer.class).one());
  }

  /** Customer id → earliest due date of a statement unpaid more than {@code graceDays} after it. */
  public Map<String, LocalDate> overdueSince(LocalDate date, int graceDays) {
    Map<String, LocalDate> out = new HashMap<>();
    jdbi.useHandle(h -> h.createQuery(OVERDUE).bind("d", date).bind("cutoff", date.minusDays(graceDays))
        .setFetchSize(10_000)
        .map((rs, ctx) -> {
          out.put(rs.getString("customer_id"), rs.getObject("overdue_since", LocalDate.class));
          return null;
        }).forEach(x -> { }));
    return out;
  }

  /** Streams every score row of the date, in customer order, as facts. */
  public void forEachApplicant(LocalDate date, Map<String, LocalDate> overdue, Map<String, BigDecimal> inflow,
      Consumer<ApplicantFacts> sink) {
    jdbi.useHandle(h -> h.createQuery(SCORES).bind("d", date).setFetchSize(10_000)
        .map((rs, ctx) -> facts(rs, overdue, inflow))
        .forEach(sink));
  }

  private static ApplicantFacts facts(ResultSet rs, Map<String, LocalDate> overdue, Map<String, BigDecimal> inflow)
      throws SQLException {
    String id = rs.getString("customer_id");
    int score = rs.getInt("score");
    Integer scoreOrNull = rs.wasNull() ? null : score;
    List<String> reasons = new ArrayList<>(4);
    for (int i = 1; i <= 4; i++) {
      String r = rs.getString("reason_" + i);
      if (r != null && !r.isBlank()) {
        reasons.add(r);
      }
    }
    boolean known = rs.getString("known_id") != null;
    return new ApplicantFacts(id, scoreOrNull, rs.getString("status"), reasons, rs.getString("model_name"),
        rs.getString("model_version"), known, rs.getObject("birth_date", LocalDate.class),
        rs.getBoolean("id_verified"), rs.getBoolean("consent_scoring"), rs.getBoolean("fraud_flag"),
        rs.getBoolean("aml_flag"), overdue.get(id), inflow.getOrDefault(id, BigDecimal.ZERO));
  }
}
