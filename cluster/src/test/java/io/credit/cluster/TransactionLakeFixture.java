package io.credit.cluster;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A small, seeded transaction lake laid out as docs/CONTRACTS.md says
 * ({@code <data-dir>/lake/transactions/date=YYYY-MM-DD/*.parquet}, the contract's column types), plus
 * a label per customer ({@code <data-dir>/labels}) that depends on the same latent risk that drives
 * night-time spending and gambling, so a model has something to learn.
 */
public final class TransactionLakeFixture {
  /** The lake's columns and Spark types, in the contract's order. */
  public static final StructType TRANSACTION_SCHEMA = new StructType()
      .add("txn_id", DataTypes.StringType, false)
      .add("customer_id", DataTypes.StringType, false)
      .add("txn_time", DataTypes.TimestampNTZType, false)
      .add("amount", DataTypes.createDecimalType(18, 2), false)
      .add("direction", DataTypes.StringType, false)
      .add("txn_type", DataTypes.StringType, false)
      .add("category", DataTypes.StringType, true)
      .add("counterparty_id", DataTypes.StringType, true)
      .add("channel", DataTypes.StringType, false)
      .add("balance_after", DataTypes.createDecimalType(18, 2), true);

  private static final String[] CATEGORIES = {"GROCERY", "DINING", "TRANSPORT", "UTILITIES", "TELECOM",
      "HEALTH", "FASHION", "ELECTRONICS", "TRAVEL", "ENTERTAINMENT"};
  private static final String[] CHANNELS = {"APP", "POS", "ONLINE"};

  private TransactionLakeFixture() {}

  /**
   * Writes {@code days} daily partitions starting at {@code firstDay} for {@code customers} customers.
   *
   * @return the number of transactions written
   */
  public static long write(SparkSession spark, Path dataDir, LocalDate firstDay, int days, int customers, long seed) {
    Random random = new Random(seed);
    List<Row> transactions = new ArrayList<>();
    List<Row> labels = new ArrayList<>();
    for (int c = 1; c <= customers; c++) {
      String customerId = String.format("C%08d", c);
      double risk = random.nextDouble();
      labels.add(RowFactory.create(customerId, random.nextDouble() < 0.1 + 0.6 * risk ? 1.0 : 0.0));
      BigDecimal balance = BigDecimal.valueOf(500 + random.nextInt(5000)).setScale(2, RoundingMode.UNNECESSARY);
      for (int d = 0; d < days; d++) {
        LocalDate day = firstDay.plusDays(d);
        int count = random.nextInt(7);
        for (int t = 0; t < count; t++) {
          transactions.add(transaction(random, customerId, day, c, d, t, risk, balance));
        }
      }
    }
    Dataset<Row> lake = spark.createDataFrame(transactions, TRANSACTION_SCHEMA)
        .withColumn("date", org.apache.spark.sql.functions.date_format(
            org.apache.spark.sql.functions.col("txn_time"), "yyyy-MM-dd"));
    lake.write().mode(SaveMode.Overwrite).partitionBy("date")
        .parquet(dataDir.resolve("lake/transactions").toString());
    spark.createDataFrame(labels, new StructType()
            .add("customer_id", DataTypes.StringType, false)
            .add("defaulted", DataTypes.DoubleType, false))
        .write().mode(SaveMode.Overwrite).parquet(dataDir.resolve("labels").toString());
    return transactions.size();
  }

  private static Row transaction(Random random, String customerId, LocalDate day, int c, int d, int t,
      double risk, BigDecimal balance) {
    boolean night = random.nextDouble() < 0.05 + 0.4 * risk;
    int hour = night ? random.nextInt(6) : 6 + random.nextInt(18);
    LocalDateTime time = day.atTime(hour, random.nextInt(60), random.nextInt(60));
    BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(50_000), 2);
    String txnId = "T" + c + "-" + d + "-" + t;
    double kind = random.nextDouble();
    if (kind < 0.15) {
      return RowFactory.create(txnId, customerId, time, amount, "CREDIT", "SALARY", null, null, "APP", balance);
    }
    if (kind < 0.25) {
      String counterparty = String.format("C%08d", 1 + random.nextInt(99_999_999));
      return RowFactory.create(txnId, customerId, time, amount, "DEBIT", "TRANSFER_OUT", null, counterparty,
          "APP", null);
    }
    String category = random.nextDouble() < 0.02 + 0.3 * risk ? "GAMBLING"
        : CATEGORIES[random.nextInt(CATEGORIES.length)];
    return RowFactory.create(txnId, customerId, time, amount, "DEBIT", "PURCHASE", category, null,
        CHANNELS[random.nextInt(CHANNELS.length)], null);
  }
}
