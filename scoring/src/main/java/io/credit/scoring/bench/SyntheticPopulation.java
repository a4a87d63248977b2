package io.credit.scoring.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log1p;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.randn;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A synthetic scored population generated directly in Spark: ten numeric features with skew, heavy
 * tails, a U-shaped effect and a special value, and a label drawn from a known logistic model
 * ({@code true_pd}), so the oracle AUC is known. Deterministic for a seed and partition count.
 */
public final class SyntheticPopulation {
  public static final String[] FEATURES = {"income", "utilisation", "dpd_max", "tenure_days", "txn_count",
      "night_share", "gambling_share", "balance_avg", "age", "counterparties"};

  private SyntheticPopulation() {}

  public static Dataset<Row> generate(SparkSession spark, long rows, long seed, int partitions) {
    Dataset<Row> base = spark.range(0, rows, 1, partitions).toDF("id")
        .withColumn("customer_id", format_string("C%08d", col("id")))
        .withColumn("income", exp(randn(seed).multiply(0.6).plus(8)))
        .withColumn("utilisation", rand(seed + 1))
        .withColumn("dpd_max", when(rand(seed + 2).lt(0.7), lit(0.0)).otherwise(pow(rand(seed + 3), 2).multiply(120)))
        .withColumn("tenure_days", rand(seed + 4).multiply(2000))
        .withColumn("txn_count", exp(randn(seed + 5).multiply(0.8).plus(3)))
        .withColumn("night_share", pow(rand(seed + 6), 3))
        .withColumn("gambling_share", when(rand(seed + 7).lt(0.85), lit(0.0)).otherwise(rand(seed + 8)))
        .withColumn("balance_avg", when(rand(seed + 9).lt(0.03), lit(-1.0))
            .otherwise(exp(randn(seed + 10).plus(6))))
        .withColumn("age", rand(seed + 11).multiply(50).plus(18).cast("int").cast("double"))
        .withColumn("counterparties", rand(seed + 12).multiply(40).cast("int").cast("double"));
    Column logit = lit(-2.3)
        .minus(log1p(col("income")).minus(8).multiply(0.6))
        .plus(col("utilisation").multiply(1.4))
        .plus(col("dpd_max").divide(30).multiply(0.9))
        .minus(col("tenure_days").divide(1000).multiply(0.5))
        .plus(col("night_share").multiply(0.8))
        .plus(col("gambling_share").multiply(1.5))
        .plus(when(col("balance_avg").equalTo(-1.0), lit(0.7)).otherwise(lit(0.0)))
        .plus(pow(col("age").minus(40).divide(20), 2).multiply(0.4));
    return base.withColumn("true_pd", lit(1.0).divide(lit(1.0).plus(exp(logit.multiply(-1)))))
        .withColumn("label", when(rand(seed + 13).lt(col("true_pd")), lit(1.0)).otherwise(lit(0.0)))
        .drop("id");
  }
}
