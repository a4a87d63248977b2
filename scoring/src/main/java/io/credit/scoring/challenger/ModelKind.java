package io.credit.scoring.challenger;

import io.credit.scoring.data.LabelledData;
import io.credit.scoring.scorecard.Scorecard;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The model families a labelled table can be trained with. */
public enum ModelKind {
  SCORECARD,
  GBT;

  public static ModelKind parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--model must be scorecard or gbt, got: " + s);
    }
  }

  /** Fits this kind on the training rows; {@code configure} adjusts the scorecard estimator before fitting. */
  public RiskModel fit(Dataset<Row> train, LabelledData schema, UnaryOperator<Scorecard> configure) {
    if (this == GBT) {
      return GbtChallenger.fit(train, schema.numeric(), schema.categorical(), LabelledData.LABEL);
    }
    Scorecard sc = configure.apply(new Scorecard()
        .setNumericCols(schema.numeric().toArray(String[]::new))
        .setCategoricalCols(schema.categorical().toArray(String[]::new))
        .setLabelCol(LabelledData.LABEL));
    return new ScorecardRiskModel(sc.fit(train));
  }
}
