package io.credit.scoring.service;

import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credit.core.cli.BadInputException;
import io.credit.scoring.challenger.GbtChallenger;
import io.credit.scoring.challenger.ProbabilityScale;
import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.scorecard.ScoreColumns;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Applies a registered GBT challenger to a feature table for evaluation: {@code pd}, the pd on the
 * 350–950 scale ({@code raw_score}, {@code score}, {@code band}, see {@link ProbabilityScale}) and
 * {@code status}: {@code INSUFFICIENT_DATA} where the insufficient-data rule it was trained with holds
 * (the same rule as the scorecard's, so both are evaluated on the same customers), else {@code SCORED}.
 * Never writes the {@code scores} table: only scorecards do (they carry sub-scores and reason codes).
 */
public final class GbtScoring {
  /** Key of the insufficient-data rule in a GBT's {@code hyper_parameters}. */
  static final String RULE = "insufficientDataRule";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GbtScoring() {}

  public static Dataset<Row> apply(ModelRecord record, Dataset<Row> rows) {
    if (!GbtTrainingService.KIND.equals(record.kind())) {
      throw new IllegalArgumentException(record.id() + " is a " + record.kind() + " model, not a GBT");
    }
    Dataset<Row> scored = ProbabilityScale.addScore(GbtChallenger.load(record.artifactPath()).predict(rows));
    String rule = insufficientDataRule(record);
    Column insufficient = rule.isBlank() ? lit(false) : expr(rule);
    Column ok = insufficient.equalTo(lit(false)).or(insufficient.isNull());
    return scored.withColumn(ScoreColumns.STATUS,
        when(ok, lit(ScoreColumns.SCORED)).otherwise(lit(ScoreColumns.INSUFFICIENT_DATA)));
  }

  static String insufficientDataRule(ModelRecord record) {
    try {
      return MAPPER.readTree(record.hyperParameters() == null ? "{}" : record.hyperParameters()).path(RULE).asText("");
    } catch (JsonProcessingException e) {
      throw new BadInputException("unreadable hyper-parameters of " + record.id() + ": " + e.getOriginalMessage());
    }
  }
}
