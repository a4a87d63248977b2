package io.credit.reports.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Aggregates over one date's scores and eligibility snapshot: every query groups in the database. */
public interface PortfolioReads {
  @SqlQuery("select max(score_date) from scores where score_date < :d")
  Optional<LocalDate> previousScoreDate(@Bind("d") LocalDate date);

  /** One pass over the date's scores: counts per status, band and score. */
  @SqlQuery("select status, band, score, count(*) as n from scores where score_date = :d group by status, band, score")
  @RegisterConstructorMapper(ScoreCell.class)
  List<ScoreCell> distribution(@Bind("d") LocalDate date);

  /** One pass over the date's scored customers: counts per combination of reason codes. */
  @SqlQuery("select reason_1, reason_2, reason_3, reason_4, count(*) as n from scores "
      + "where score_date = :d and status = 'SCORED' group by reason_1, reason_2, reason_3, reason_4")
  @RegisterConstructorMapper(ReasonSet.class)
  List<ReasonSet> reasonSets(@Bind("d") LocalDate date);

  @SqlQuery("select snapshot_id, run_date, policy_version, customers, decisions, published_at "
      + "from eligibility_snapshots where run_date = :d and status = 'PUBLISHED' order by snapshot_id desc limit 1")
  @RegisterConstructorMapper(Snapshot.class)
  Optional<Snapshot> publishedSnapshot(@Bind("d") LocalDate date);
}
