package io.credit.cluster;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.hour;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A job shaped like the platform's feature and scoring steps: reads the transaction lake, computes
 * point-in-time per-customer aggregates (count, decimal sum, distinct categories, night share,
 * gambling share) from transactions before the as-of date, fits an MLlib logistic regression on
 * them and returns each customer's aggregates with the model's probability of default.
 *
 * @param dataDir the data directory holding {@code lake/transactions} and {@code labels}
 * @param asOf    features use transactions strictly before this date
 */
public record CustomerRiskJob(Path dataDir, LocalDate asOf) implements Function<SparkSession, Dataset<Row>> {

  @Override
  public Dataset<Row> apply(SparkSession spark) {
    Dataset<Row> transactions = spark.read().parquet(dataDir.resolve("lake/transactions").toString())
        .where(col("txn_time").lt(lit(asOf.atStartOfDay())));
    Dataset<Row> features = transactions.groupBy("customer_id").agg(
        count(lit(1)).as("txn_count"),
        sum(when(col("direction").equalTo("DEBIT"), col("amount"))).as("debit_sum"),
        countDistinct(col("category")).as("distinct_categories"),
        sum(when(hour(col("txn_time")).lt(6), 1).otherwise(0)).divide(count(lit(1))).as("night_share"),
        sum(when(col("category").equalTo("GAMBLING"), 1).otherwise(0)).divide(count(lit(1))).as("gambling_share"));
    Dataset<Row> training = features
        .join(spark.read().parquet(dataDir.resolve("labels").toString()), "customer_id")
        .withColumn("debit_sum_d", col("debit_sum").cast("double"))
        .na().fill(0.0, new String[] {"debit_sum_d"});
    VectorAssembler assembler = new VectorAssembler()
        .setInputCols(new String[] {"txn_count", "debit_sum_d", "distinct_categories", "night_share", "gambling_share"})
        .setOutputCol("features");
    Dataset<Row> assembled = assembler.transform(training);
    LogisticRegressionModel model = new LogisticRegression()
        .setLabelCol("defaulted").setMaxIter(20).setRegParam(0.01)
        .fit(assembled);
    return model.transform(assembled)
        .withColumn("p_default", functions.vector_to_array(col("probability"), "float64").getItem(1))
        .select("customer_id", "txn_count", "debit_sum", "distinct_categories", "night_share",
            "gambling_share", "defaulted", "p_default");
  }
}
