package io.credit.lending;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Regular monthly inflow from the transaction lake: salary and other income credited in the
 * {@value #WINDOW_DAYS} days before the run date (the run date itself excluded), divided by 3.
 */
public final class LakeInflowSource implements InflowSource {
  public static final int WINDOW_DAYS = 90;
  private static final Logger LOG = LoggerFactory.getLogger(LakeInflowSource.class);

  private final Supplier<SparkSession> spark;
  private final Path transactionsDir;

  /**
   * @param spark   gives the session (only asked for when the lake exists)
   * @param lakeDir the lake root ({@code PlatformConfig.lakeDir()}); transactions are under {@code transactions/}
   */
  public LakeInflowSource(Supplier<SparkSession> spark, Path lakeDir) {
    this.spark = spark;
    this.transactionsDir = lakeDir.resolve("transactions");
  }

  @Override
  public Map<String, BigDecimal> monthlyInflow(LocalDate runDate) {
    Map<String, BigDecimal> out = new HashMap<>();
    if (!Files.isDirectory(transactionsDir)) {
      LOG.warn("no transaction lake at {}: every customer's inflow counts as 0", transactionsDir);
      return out;
    }
    var rows = spark.get().read().parquet(transactionsDir.toString())
        .where(col("date").geq(lit(java.sql.Date.valueOf(runDate.minusDays(WINDOW_DAYS))))
            .and(col("date").lt(lit(java.sql.Date.valueOf(runDate))))
            .and(col("direction").equalTo("CREDIT"))
            .and(col("txn_type").isin("SALARY", "OTHER_INCOME")))
        .groupBy("customer_id").agg(sum("amount").as("inflow"))
        .toLocalIterator();
    BigDecimal months = BigDecimal.valueOf(WINDOW_DAYS / 30);
    while (rows.hasNext()) {
      Row r = rows.next();
      BigDecimal total = r.getDecimal(1);
      out.put(r.getString(0), total.divide(months, 2, RoundingMode.HALF_UP));
    }
    return out;
  }
}
