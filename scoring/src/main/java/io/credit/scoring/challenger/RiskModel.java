package io.credit.scoring.challenger;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** A fitted model that adds {@code pd}, the probability of bad, to each row. */
public interface RiskModel {
  Dataset<Row> predict(Dataset<Row> rows);

  /** Saves the model (a Spark ML artifact) into the folder. */
  void save(String path);
}
