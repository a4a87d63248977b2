package io.credit.scoring.evaluation;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Stratified k-fold assignment: within each label, rows are shuffled by a seeded hash and dealt round
 * robin, so every fold has the same bad rate (±1 row). Deterministic for a given input and seed.
 */
public final class StratifiedFolds {
  public static final String FOLD = "__fold";

  private StratifiedFolds() {}

  public static Dataset<Row> assign(Dataset<Row> df, String labelCol, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
    }
    Dataset<Row> withId = df.withColumn("__row", monotonically_increasing_id());
    return withId.withColumn(FOLD, row_number().over(Window.partitionBy(col(labelCol))
            .orderBy(xxhash64(lit(seed), col("__row")), col("__row"))).minus(1).mod(k).cast("int"))
        .drop("__row");
  }
}
