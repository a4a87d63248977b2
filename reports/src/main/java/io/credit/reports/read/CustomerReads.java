package io.credit.reports.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Per-customer reads for the customer pages; callers pass at most a few hundred ids at a time. */
public interface CustomerReads {
  /**
   * Every decision of the snapshot in key order: customer, product (streamed: close the stream). The ORDER BY
   * names the whole primary key so that H2 reads it in order instead of sorting the snapshot first.
   */
  @SqlQuery("select customer_id, product, decision, credit_limit, deposit_waived from eligibility "
      + "where snapshot_id = :s order by snapshot_id, customer_id, product")
  @RegisterConstructorMapper(SnapshotDecision.class)
  Stream<SnapshotDecision> snapshotDecisions(@Bind("s") long snapshotId);

  @SqlQuery("select customer_id, score_date, score, band, dim_credit_history, dim_behaviour, dim_ability_to_pay, "
      + "dim_identity, dim_connections, reason_1, reason_2, reason_3, reason_4, status, model_name, "
      + "cast(model_version as varchar(64)) as model_version from scores "
      + "where customer_id in (<ids>) and score_date <= :d order by customer_id, score_date")
  @RegisterConstructorMapper(ScoreRow.class)
  List<ScoreRow> scoreHistory(@BindList("ids") Collection<String> customerIds, @Bind("d") LocalDate upTo);

  @SqlQuery("select customer_id, product, decision, credit_limit, deposit_waived, score, band, score_status, "
      + "model_name, model_version, policy_version, run_date, reasons from eligibility "
      + "where snapshot_id = :s and customer_id = :c order by product")
  @RegisterConstructorMapper(DecisionRow.class)
  List<DecisionRow> decisionsOf(@Bind("s") long snapshotId, @Bind("c") String customerId);

  /**
   * The snapshot's decisions for some customers, in customer-id then product order: one key lookup
   * per customer. (H2 does not turn {@code snapshot_id = ? and customer_id in (...)} into key lookups:
   * it scans the whole snapshot and tests the list on every row, 12 s for 350 customers of 1,000,000.)
   */
  default List<DecisionRow> decisions(long snapshotId, Collection<String> customerIds) {
    List<DecisionRow> out = new ArrayList<>();
    for (String id : new TreeSet<>(customerIds)) {
      out.addAll(decisionsOf(snapshotId, id));
    }
    return out;
  }

  @SqlQuery("select customer_id, birth_date, city_tier, id_verified, phone_verified, account_open_date, "
      + "consent_scoring, fraud_flag, aml_flag from customers where customer_id in (<ids>)")
  @RegisterConstructorMapper(CustomerFacts.class)
  List<CustomerFacts> facts(@BindList("ids") Collection<String> customerIds);
}
