package io.credit.reports.read;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Credit-line approvals and "bad" customers (a statement due 90+ days before the date and not fully
 * paid before it) per age band × city tier, over every credit-line decision of a snapshot, in one pass
 * (the bad flag is an index lookup per customer in {@code statements} and {@code payments}).
 */
public interface FairnessReads {
  /** Age bands from birth dates: the bounds are the birth dates at which a customer turns 18, 25, 35, 45, 55, 65. */
  @SqlQuery("select age_band, city_tier, count(*) as customers, sum(approved) as approved, sum(bad) as bads from ("
      + " select case when c.birth_date is null then 'unknown' when c.birth_date > :a18 then 'under 18'"
      + " when c.birth_date > :a25 then '18-24' when c.birth_date > :a35 then '25-34'"
      + " when c.birth_date > :a45 then '35-44' when c.birth_date > :a55 then '45-54'"
      + " when c.birth_date > :a65 then '55-64' else '65+' end as age_band, c.city_tier as city_tier,"
      + " case when e.decision = 'APPROVED' then 1 else 0 end as approved,"
      + " case when exists (select 1 from statements st where st.customer_id = e.customer_id"
      + "  and st.due_date <= :d90 and st.amount_due > coalesce((select sum(p.amount) from payments p"
      + "  where p.statement_id = st.statement_id and p.payment_date < :d), 0)) then 1 else 0 end as bad"
      + " from eligibility e left join customers c on c.customer_id = e.customer_id"
      + " where e.snapshot_id = :s and e.product = 'CREDIT_LINE') t group by age_band, city_tier")
  @RegisterConstructorMapper(FairnessCell.class)
  List<FairnessCell> outcomes(@Bind("s") long snapshotId, @Bind("d") LocalDate date, @Bind("d90") LocalDate due90,
      @Bind("a18") LocalDate born18, @Bind("a25") LocalDate born25, @Bind("a35") LocalDate born35,
      @Bind("a45") LocalDate born45, @Bind("a55") LocalDate born55, @Bind("a65") LocalDate born65);
}
