package io.credit.scoring.challenger;

import io.credit.scoring.scorecard.ScorecardModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** A fitted scorecard seen as a {@link RiskModel}. */
public record ScorecardRiskModel(ScorecardModel model) implements RiskModel {
  @Override
  public Dataset<Row> predict(Dataset<Row> rows) {
    return model.transform(rows);
  }

  @Override
  public void save(String path) {
    try {
      model.write().overwrite().save(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
