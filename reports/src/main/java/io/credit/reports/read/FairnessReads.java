package io.credit.reports.read;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Credit-line approvals and "bad" customers (a statement 90+ days past due and not paid as of the
 * date) per age band and per city tier, over the customers with a credit-line decision in a snapshot.
 */
@RegisterConstructorMapper(GroupOutcome.class)
public interface FairnessReads {
  String BAD = " left join (select distinct st.customer_id from statements st left join"
      + " (select statement_id, sum(amount) as paid from payments where payment_date < :d group by statement_id) p"
      + " on p.statement_id = st.statement_id"
      + " where st.due_date <= :d90 and coalesce(p.paid, 0) < st.amount_due) b on b.customer_id = c.customer_id ";
  String FROM = " from eligibility e join customers c on c.customer_id = e.customer_id" + BAD
      + " where e.snapshot_id = :s and e.product = 'CREDIT_LINE' ";
  String COUNTS = " count(*) as customers, sum(case when e.decision = 'APPROVED' then 1 else 0 end) as approved,"
      + " sum(case when b.customer_id is null then 0 else 1 end) as bads ";

  /** Age bands from birth dates: the bounds are the birth dates at which a customer turns 18, 25, 35, 45, 55, 65. */
  @SqlQuery("select grp, sum(customers) as customers, sum(approved) as approved, sum(bads) as bads from ("
      + " select case when c.birth_date is null then 'unknown' when c.birth_date > :a18 then 'under 18'"
      + " when c.birth_date > :a25 then '18-24' when c.birth_date > :a35 then '25-34'"
      + " when c.birth_date > :a45 then '35-44' when c.birth_date > :a55 then '45-54'"
      + " when c.birth_date > :a65 then '55-64' else '65+' end as grp," + COUNTS + FROM
      + " group by c.birth_date) t group by grp order by grp")
  List<GroupOutcome> byAgeBand(@Bind("s") long snapshotId, @Bind("d") LocalDate date, @Bind("d90") LocalDate due90,
      @Bind("a18") LocalDate born18, @Bind("a25") LocalDate born25, @Bind("a35") LocalDate born35,
      @Bind("a45") LocalDate born45, @Bind("a55") LocalDate born55, @Bind("a65") LocalDate born65);

  @SqlQuery("select coalesce(cast(c.city_tier as varchar(10)), 'unknown') as grp," + COUNTS + FROM
      + " group by c.city_tier order by c.city_tier")
  List<GroupOutcome> byCityTier(@Bind("s") long snapshotId, @Bind("d") LocalDate date, @Bind("d90") LocalDate due90);
}
