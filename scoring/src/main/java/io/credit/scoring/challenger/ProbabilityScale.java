package io.credit.scoring.challenger;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;

import io.credit.core.model.ScoreBand;
import io.credit.scoring.scorecard.PdoScaling;
import io.credit.scoring.scorecard.ScoreColumns;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Puts a model's probability of bad on the scorecard's 350–950 scale with the same points-to-double-odds
 * formula ({@link PdoScaling#defaults()}: 600 points at 50:1 good:bad odds, 50 points to double them):
 * {@code raw_score = offset + factor · ln((1 − pd) / pd)}, rounded and clamped to 350–950, banded by
 * {@link ScoreBand}. A challenger's bands and score PSI then read exactly like the scorecard's (a
 * customer with the same pd gets the same score from both).
 */
public final class ProbabilityScale {
  /** pd is kept inside [EPS, 1 − EPS] so the log-odds stay finite. */
  static final double EPS = 1e-9;

  private ProbabilityScale() {}

  /** Adds {@code raw_score}, {@code score} and {@code band} from the {@code pd} column (null pd: null score). */
  public static Dataset<Row> addScore(Dataset<Row> rows) {
    PdoScaling s = PdoScaling.defaults();
    Column pd = greatest(lit(EPS), least(lit(1 - EPS), col(ScoreColumns.PD)));
    Column raw = when(col(ScoreColumns.PD).isNotNull(),
        lit(s.offset()).plus(lit(s.factor()).multiply(log(lit(1.0).minus(pd).divide(pd)))));
    Dataset<Row> out = rows.withColumn(ScoreColumns.RAW_SCORE, raw);
    out = out.withColumn(ScoreColumns.SCORE, when(col(ScoreColumns.RAW_SCORE).isNotNull(),
        greatest(lit(s.minScore()), least(lit(s.maxScore()), round(col(ScoreColumns.RAW_SCORE)))).cast("int")));
    return out.withColumn(ScoreColumns.BAND, band(col(ScoreColumns.SCORE)));
  }

  static Column band(Column score) {
    Column c = null;
    for (ScoreBand b : ScoreBand.values()) {
      Column cond = score.leq(b.upperInclusive());
      c = c == null ? when(cond, lit(b.name())) : c.when(cond, lit(b.name()));
    }
    return when(score.isNull(), lit(null).cast("string")).otherwise(c);
  }
}
