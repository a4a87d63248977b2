package io.credit.scoring.service;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.credit.core.cli.BadInputException;
import io.credit.core.model.Dimension;
import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.scorecard.ScoreColumns;
import io.credit.scoring.scorecard.ScorecardModel;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Applies a registered scorecard to a feature snapshot ({@code customer_id, as_of_date, <features>})
 * and replaces that date's rows of the {@code scores} table in one transaction. The same model and
 * features always give the same rows (pure column expressions, rows written in customer order).
 */
public final class ScoringService {
  /** Rows written per JDBC batch. */
  private static final int BATCH = 5_000;

  private static final Class<?>[] TYPES = {String.class, Date.class, Integer.class, String.class, Double.class,
      Double.class, Double.class, Double.class, Double.class, String.class, String.class, String.class, String.class,
      String.class, String.class, Integer.class};

  private final Jdbi jdbi;

  public ScoringService(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** What a scoring run wrote. */
  public record ScoringRun(LocalDate date, String model, long rows, long scored, long insufficientData, long noConsent) {}

  /** Loads the model artifact of a registry record. */
  public static ScorecardModel load(ModelRecord m) {
    if (!"scorecard".equals(m.kind())) {
      throw new BadInputException(m.id() + " is a " + m.kind() + " model: only scorecards write the scores table "
          + "(they carry bands, sub-scores and reason codes)");
    }
    return ScorecardModel.load(m.artifactPath());
  }

  /**
   * Scores the snapshot. {@code noConsentCondition} (Spark SQL over the snapshot's columns, or null)
   * marks customers who have not consented to scoring: they get status {@code NO_CONSENT} and no score.
   */
  public Dataset<Row> apply(ScorecardModel model, Dataset<Row> features, String noConsentCondition) {
    if (!List.of(features.columns()).contains("customer_id")) {
      throw new BadInputException("the feature snapshot has no customer_id column");
    }
    Dataset<Row> scored = model.transform(features);
    if (noConsentCondition != null && !noConsentCondition.isBlank()) {
      Column noConsent = expr(noConsentCondition);
      List<String> nulled = new ArrayList<>(List.of(ScoreColumns.SCORE, ScoreColumns.BAND, ScoreColumns.PD,
          ScoreColumns.RAW_SCORE));
      for (Dimension d : Dimension.values()) {
        nulled.add(ScoreColumns.dimension(d));
      }
      for (int i = 1; i <= ScoreColumns.REASONS; i++) {
        nulled.add(ScoreColumns.reason(i));
      }
      for (String c : nulled) {
        scored = scored.withColumn(c, when(noConsent, lit(null)).otherwise(col(c)));
      }
      scored = scored.withColumn(ScoreColumns.STATUS, when(noConsent, lit("NO_CONSENT")).otherwise(col(ScoreColumns.STATUS)));
    }
    return scored;
  }

  /** Scores the snapshot and replaces the date's rows of {@code scores}. */
  public ScoringRun scoreToTable(ModelRecord record, Dataset<Row> features, LocalDate date, String noConsentCondition) {
    ScorecardModel model = load(record);
    List<String> cols = new ArrayList<>(List.of("customer_id", ScoreColumns.SCORE, ScoreColumns.BAND));
    for (Dimension d : Dimension.values()) {
      cols.add(ScoreColumns.dimension(d));
    }
    for (int i = 1; i <= ScoreColumns.REASONS; i++) {
      cols.add(ScoreColumns.reason(i));
    }
    cols.add(ScoreColumns.STATUS);
    Dataset<Row> rows = apply(model, features, noConsentCondition)
        .select(cols.stream().map(c -> col(c)).toArray(Column[]::new)).orderBy("customer_id");
    long[] counts = new long[4];
    jdbi.useTransaction(h -> {
      h.createUpdate("delete from scores where score_date = :d").bind("d", date).execute();
      String sql = "insert into scores (customer_id, score_date, score, band, dim_credit_history, dim_behaviour, "
          + "dim_ability_to_pay, dim_identity, dim_connections, reason_1, reason_2, reason_3, reason_4, status, "
          + "model_name, model_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
      PreparedBatch batch = h.prepareBatch(sql);
      Iterator<Row> it = rows.toLocalIterator();
      Date sqlDate = Date.valueOf(date);
      while (it.hasNext()) {
        Row r = it.next();
        Object[] values = new Object[16];
        values[0] = r.getString(0);
        values[1] = sqlDate;
        for (int i = 1; i < cols.size(); i++) {
          values[i + 1] = r.get(i);
        }
        values[14] = record.name();
        values[15] = record.version();
        for (int i = 0; i < values.length; i++) {
          batch.bindByType(i, values[i], TYPES[i]);
        }
        batch.add();
        String status = r.getString(cols.size() - 1);
        counts[0]++;
        switch (status) {
          case ScoreColumns.SCORED -> counts[1]++;
          case ScoreColumns.INSUFFICIENT_DATA -> counts[2]++;
          default -> counts[3]++;
        }
        if (batch.size() >= BATCH) {
          batch.execute();
          batch = h.prepareBatch(sql);
        }
      }
      if (batch.size() > 0) {
        batch.execute();
      }
    });
    return new ScoringRun(date, record.id(), counts[0], counts[1], counts[2], counts[3]);
  }
}
