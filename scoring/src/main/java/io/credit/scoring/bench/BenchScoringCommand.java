package io.credit.scoring.bench;

import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.spark.SparkSessions;
import io.credit.scoring.binning.BinningSettings;
import io.credit.scoring.binning.MonotonicTrend;
import io.credit.scoring.evaluation.BinaryMetrics;
import io.credit.scoring.scorecard.Scorecard;
import io.credit.scoring.scorecard.ScorecardModel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./credit bench scoring}: on a generated population, times (1) MLlib's plain logistic
 * regression on the raw features, the floor without binning, (2) training the scorecard, (3) scoring
 * every customer (score, band, sub-scores, reasons) into a no-op sink; then reports the holdout AUC of
 * both models and of the oracle (the true probabilities).
 */
@Command(name = "scoring", mixinStandardHelpOptions = true,
    description = "Benchmark scorecard training and scoring against MLlib's plain logistic regression.")
public class BenchScoringCommand implements Callable<Integer> {
  @Mixin PlatformOptions platform;
  @Mixin JsonOption json;

  @Option(names = "--rows", defaultValue = "1000000", description = "Training and scoring rows (default: ${DEFAULT-VALUE}).")
  long rows;

  @Option(names = "--holdout", defaultValue = "200000", description = "Rows of the holdout for AUC (default: ${DEFAULT-VALUE}).")
  long holdout;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.getOrCreate(platform.toConfig(), "credit-bench-scoring");
    int partitions = Math.max(2, spark.sparkContext().defaultParallelism());
    Dataset<Row> train = SyntheticPopulation.generate(spark, rows, 1, partitions)
        .persist(StorageLevel.MEMORY_AND_DISK());
    train.count();
    Dataset<Row> test = SyntheticPopulation.generate(spark, holdout, 2, partitions).cache();
    test.count();
    System.out.printf("generated %,d training rows and %,d holdout rows on %d partitions%n", rows, holdout, partitions);

    long t0 = System.nanoTime();
    VectorAssembler assembler = new VectorAssembler().setInputCols(SyntheticPopulation.FEATURES).setOutputCol("raw");
    LogisticRegressionModel floor = new LogisticRegression().setFeaturesCol("raw").setLabelCol("label")
        .setMaxIter(100).setTol(1e-6).fit(assembler.transform(train));
    double floorSeconds = seconds(t0);

    long t1 = System.nanoTime();
    ScorecardModel card = new Scorecard().setNumericCols(SyntheticPopulation.FEATURES).setLabelCol("label")
        .setBinningSettings(new BinningSettings(20, 0.05, 50, 8, MonotonicTrend.AUTO, new double[] {-1}, 0.01))
        .setRegParam(0.01).fit(train);
    double trainSeconds = seconds(t1);

    long t2 = System.nanoTime();
    card.transform(train).select("customer_id", "score", "band", "dim_behaviour", "reason_1", "reason_2", "reason_3",
        "reason_4", "status").write().format("noop").mode("overwrite").save();
    double scoreSeconds = seconds(t2);

    double floorAuc = BinaryMetrics.of(floor.transform(assembler.transform(test))
        .withColumn("pd", org.apache.spark.ml.functions.vector_to_array(
            org.apache.spark.sql.functions.col("probability"), "float64").getItem(1)), "pd", "label").auc();
    double cardAuc = BinaryMetrics.of(card.transform(test), "pd", "label").auc();
    double oracleAuc = BinaryMetrics.of(test, "true_pd", "label").auc();

    Map<String, Object> s = new LinkedHashMap<>();
    s.put("rows", rows);
    s.put("plain_lr_train_s", floorSeconds);
    s.put("scorecard_train_s", trainSeconds);
    s.put("train_ratio_to_floor", trainSeconds / floorSeconds);
    s.put("scoring_s", scoreSeconds);
    s.put("scoring_rows_per_s", rows / scoreSeconds);
    s.put("holdout_auc_plain_lr", floorAuc);
    s.put("holdout_auc_scorecard", cardAuc);
    s.put("holdout_auc_oracle", oracleAuc);
    s.put("scorecard_to_oracle", cardAuc / oracleAuc);
    System.out.printf(Locale.ROOT, "plain LR (raw features) training: %.1f s%n", floorSeconds);
    System.out.printf(Locale.ROOT, "scorecard training:                %.1f s (%.2f× the floor), %d features%n",
        trainSeconds, trainSeconds / floorSeconds, card.table().features().size());
    System.out.printf(Locale.ROOT, "scoring %,d customers:        %.1f s (%,.0f customers/s)%n", rows, scoreSeconds,
        rows / scoreSeconds);
    System.out.printf(Locale.ROOT, "holdout AUC: scorecard %.4f, plain LR %.4f, oracle %.4f (scorecard/oracle %.3f)%n",
        cardAuc, floorAuc, oracleAuc, cardAuc / oracleAuc);
    json.print(System.out, s);
    train.unpersist();
    test.unpersist();
    return 0;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
