package io.credit.scoring.evaluation;

import static org.apache.spark.sql.functions.col;

import io.credit.core.cli.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A generator's ground truth file ({@code ground_truth.csv}: {@code customer_id, archetype, latent,
 * monthly_hazard, pd_12m, default_date}) read as the oracle: {@code customer_id, oracle_pd}, where
 * {@code oracle_pd} is the true 12-month probability of default.
 */
public final class GroundTruth {
  /** The oracle's column: the true probability of bad. */
  public static final String ORACLE_PD = "oracle_pd";

  private GroundTruth() {}

  public static Dataset<Row> read(SparkSession spark, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("no ground truth file " + file + " (./credit generate writes ground_truth.csv "
          + "next to the date folders)");
    }
    Dataset<Row> csv = spark.read().option("header", "true").csv(file.toString());
    if (!List.of(csv.columns()).containsAll(List.of("customer_id", "pd_12m"))) {
      throw new BadInputException(file + " is not a ground truth file: it needs the columns customer_id and pd_12m");
    }
    return csv.select(col("customer_id"), col("pd_12m").cast("double").as(ORACLE_PD));
  }
}
