package io.credit.reports.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Aggregates over one date's scores and eligibility snapshot: every query groups in the database. */
@RegisterConstructorMapper(KeyCount.class)
public interface PortfolioReads {
  @SqlQuery("select max(score_date) from scores where score_date < :d")
  Optional<LocalDate> previousScoreDate(@Bind("d") LocalDate date);

  @SqlQuery("select status as label, count(*) as n from scores where score_date = :d group by status order by status")
  List<KeyCount> statusCounts(@Bind("d") LocalDate date);

  @SqlQuery("select band as label, count(*) as n from scores where score_date = :d and status = 'SCORED' "
      + "and score is not null group by band")
  List<KeyCount> bandCounts(@Bind("d") LocalDate date);

  /** Scored customers per score value (at most 601 rows; the page bins them). */
  @SqlQuery("select cast(score as varchar(10)) as label, count(*) as n from scores "
      + "where score_date = :d and status = 'SCORED' and score is not null group by score")
  List<KeyCount> scoreCounts(@Bind("d") LocalDate date);

  /** The most frequent reason codes among the scored customers of the date, each position counted. */
  @SqlQuery("select reason as label, count(*) as n from ("
      + " select reason_1 as reason from scores where score_date = :d and status = 'SCORED'"
      + " union all select reason_2 from scores where score_date = :d and status = 'SCORED'"
      + " union all select reason_3 from scores where score_date = :d and status = 'SCORED'"
      + " union all select reason_4 from scores where score_date = :d and status = 'SCORED') t"
      + " where reason is not null and reason <> '' group by reason order by count(*) desc, reason limit :n")
  List<KeyCount> topReasons(@Bind("d") LocalDate date, @Bind("n") int limit);

  @SqlQuery("select snapshot_id, run_date, policy_version, customers, decisions, published_at "
      + "from eligibility_snapshots where run_date = :d and status = 'PUBLISHED' order by snapshot_id desc limit 1")
  @RegisterConstructorMapper(Snapshot.class)
  Optional<Snapshot> publishedSnapshot(@Bind("d") LocalDate date);

  @SqlQuery("select product, decision, count(*) as n, sum(credit_limit) as credit_limit, "
      + "sum(deposit_waived) as deposit_waived from eligibility where snapshot_id = :s "
      + "group by product, decision order by product, decision")
  @RegisterConstructorMapper(ProductDecisionCount.class)
  List<ProductDecisionCount> productDecisions(@Bind("s") long snapshotId);

  /** Early-warning actions (lines reduced or frozen), first {@code n} by customer id. */
  @SqlQuery("select customer_id, product, decision, credit_limit, deposit_waived, score, band, score_status, "
      + "model_name, model_version, policy_version, run_date, reasons from eligibility "
      + "where snapshot_id = :s and decision in ('REDUCED', 'FROZEN') order by customer_id, product limit :n")
  @RegisterConstructorMapper(DecisionRow.class)
  List<DecisionRow> earlyWarnings(@Bind("s") long snapshotId, @Bind("n") int limit);
}
