package io.credit.features.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import io.credit.core.config.PlatformConfig;
import io.credit.features.internal.TxnMetrics;
import java.time.LocalDate;
import java.util.Properties;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Synthetic history written straight into the lake and the ingestion tables, for tests and the
 * benchmark (the platform's generator writes inbox CSVs instead). Every value is a hash of the
 * seed and a row number, so the same parameters always give the same data.
 *
 * @param customers       number of customers ({@code C00000000} …)
 * @param start           first business date
 * @param days            number of days of transactions
 * @param txnsPerCustomerDay average transactions per customer and day
 * @param seed            changes every value
 */
public record SyntheticHistory(int customers, LocalDate start, int days, double txnsPerCustomerDay, long seed) {

  /** Transactions of days [fromDay, toDay) (0-based), appended to the lake as date partitions. */
  public void writeLake(SparkSession spark, PlatformConfig config, int fromDay, int toDay) {
    long perDay = Math.max(1, Math.round(customers * txnsPerCustomerDay));
    Dataset<Row> rows = spark.range((long) fromDay * perDay, (long) toDay * perDay)
        .withColumn("day", col("id").divide(perDay).cast("int"));
    rows = rows
        .withColumn("h1", xxhash64(lit(seed), col("id")))
        .withColumn("h2", xxhash64(lit(seed + 1), col("id")))
        .withColumn("h3", xxhash64(lit(seed + 2), col("id")))
        .withColumn("cust", pmod(col("h1"), lit(customers)))
        .withColumn("u", pmod(col("h2"), lit(1_000_000)).divide(1_000_000.0))
        .withColumn("v", pmod(col("h3"), lit(1_000_000)).divide(1_000_000.0))
        .withColumn("risky", pmod(col("cust"), lit(10)).equalTo(0));
    Column type = when(col("u").lt(0.55), "PURCHASE").when(col("u").lt(0.62), "CASH_WITHDRAWAL")
        .when(col("u").lt(0.70), "TRANSFER_OUT").when(col("u").lt(0.78), "TRANSFER_IN")
        .when(col("u").lt(0.82), "SALARY").when(col("u").lt(0.85), "OTHER_INCOME").when(col("u").lt(0.88), "REFUND")
        .when(col("u").lt(0.95), "BILL_PAYMENT").otherwise("LOAN_REPAYMENT");
    Column categories = functions.array(TxnMetrics.CATEGORIES.stream().map(functions::lit).toArray(Column[]::new));
    Column catIndex = when(col("risky").and(col("v").lt(0.3)), lit(13))
        .otherwise(pmod(col("h3"), lit(TxnMetrics.CATEGORIES.size())).plus(1)).cast("int");
    Dataset<Row> lake = rows.withColumn("txn_type", type)
        .select(
            format_string("T%012d", col("id")).as("txn_id"),
            format_string("C%08d", col("cust")).as("customer_id"),
            expr("timestampadd(SECOND, " + "pmod(xxhash64(h2, h3), 86400), cast(date_add(date'" + start
                + "', day) as timestamp_ntz))").as("txn_time"),
            expr("cast(round(exp(v * 7.0) + 1.0, 2) as decimal(18,2))").as("amount"),
            when(col("txn_type").isin("SALARY", "OTHER_INCOME", "REFUND", "TRANSFER_IN"), "CREDIT")
                .otherwise("DEBIT").as("direction"),
            col("txn_type"),
            when(col("txn_type").equalTo("PURCHASE"), element_at(categories, catIndex)).as("category"),
            when(col("txn_type").isin("TRANSFER_IN", "TRANSFER_OUT"),
                format_string("C%08d", pmod(col("h3"), lit(customers + customers / 10 + 1)))).as("counterparty_id"),
            when(col("u").lt(0.3), "POS").when(col("u").lt(0.7), "APP").when(col("u").lt(0.9), "ONLINE")
                .otherwise("ATM").as("channel"),
            when(col("v").lt(0.8), expr("cast(round(u * 20000, 2) as decimal(18,2))")).as("balance_after"),
            date_add(lit(start), col("day")).as("date"));
    lake.write().mode(SaveMode.Overwrite).option("partitionOverwriteMode", "dynamic").partitionBy("date")
        .parquet(config.lakeDir().resolve("transactions").toUri().toString());
  }

  /**
   * Customers, their history, and monthly credit-line statements with payments (most on time, one
   * customer in ten late, some of those never paying), appended through JDBC.
   */
  public void writeTables(SparkSession spark, PlatformConfig config) {
    Dataset<Row> c = spark.range(customers)
        .withColumn("h", xxhash64(lit(seed + 7), col("id")))
        .withColumn("customer_id", format_string("C%08d", col("id")));
    Dataset<Row> customerRows = c.select(col("customer_id"),
        functions.sha2(concat(lit("nid"), col("customer_id")), 256).as("national_id_hash"),
        functions.sha2(concat(lit("ph"), col("customer_id")), 256).as("phone_hash"),
        date_add(lit(LocalDate.of(1960, 1, 1)), pmod(col("h"), lit(15_000)).cast("int")).as("birth_date"),
        format_string("City%d", pmod(col("h"), lit(40))).as("city"),
        pmod(col("h"), lit(4)).plus(1).cast("int").as("city_tier"),
        when(pmod(col("h"), lit(5)).equalTo(0), lit(null).cast("string"))
            .otherwise(functions.sha2(concat(lit("dev"), col("customer_id")), 256)).as("device_hash"),
        pmod(col("h"), lit(7)).notEqual(0).as("id_verified"),
        pmod(col("h"), lit(11)).notEqual(0).as("phone_verified"),
        functions.date_sub(lit(start), pmod(col("h"), lit(2000)).cast("int")).as("account_open_date"),
        lit(true).as("consent_scoring"), lit(true).as("consent_sharing"),
        lit(false).as("fraud_flag"), lit(false).as("aml_flag"),
        lit(start).as("first_seen_date"), lit(start).as("updated_date"));
    append(customerRows, config, "customers");
    Dataset<Row> firstState = customerRows.select(col("customer_id"), col("first_seen_date").as("valid_from"),
        col("city"), col("city_tier"), col("device_hash"));
    Dataset<Row> moves = customerRows.filter(pmod(functions.hash(col("customer_id")), lit(6)).equalTo(0))
        .select(col("customer_id"), date_add(lit(start), lit(Math.max(1, days / 2))).as("valid_from"),
            lit("Moved").as("city"), lit(2).as("city_tier"), col("device_hash"));
    append(firstState.unionByName(moves), config, "customer_history");

    int months = Math.max(1, days / 30);
    Dataset<Row> stm = spark.range((long) customers * months)
        .withColumn("cust", col("id").mod(customers))
        .withColumn("m", col("id").divide(customers).cast("int"))
        .filter(col("cust").mod(2).equalTo(0))
        .withColumn("h", xxhash64(lit(seed + 9), col("id")))
        .withColumn("late", col("cust").mod(10).equalTo(0).and(pmod(col("h"), lit(3)).equalTo(0)));
    Dataset<Row> statements = stm.select(format_string("S%010d", col("id")).as("statement_id"),
        format_string("C%08d", col("cust")).as("customer_id"), lit("CREDIT_LINE").as("product"),
        date_add(lit(start), col("m").multiply(30).plus(5)).as("statement_date"),
        date_add(lit(start), col("m").multiply(30).plus(25)).as("due_date"),
        expr("cast(pmod(h, 200000) / 100.0 as decimal(18,2))").as("amount_due"),
        lit(new java.math.BigDecimal("3000.00")).as("credit_limit"),
        date_add(lit(start), col("m").multiply(30).plus(5)).as("ingested_date"),
        col("late"), col("h"));
    Dataset<Row> paid = statements.filter(col("amount_due").gt(0)
            .and(functions.not(col("late")).or(pmod(col("h"), lit(4)).notEqual(0))))
        .withColumn("payment_date", when(col("late"), date_add(col("due_date"), pmod(col("h"), lit(120)).cast("int").plus(1)))
            .otherwise(functions.date_sub(col("due_date"), pmod(col("h"), lit(10)).cast("int"))));
    append(statements.drop("late", "h"), config, "statements");
    append(paid.select(concat(lit("P"), col("statement_id")).as("payment_id"), col("statement_id"),
        col("customer_id"), col("payment_date"), col("amount_due").as("amount"),
        col("payment_date").as("ingested_date")), config, "payments");
  }

  private static void append(Dataset<Row> rows, PlatformConfig config, String table) {
    Properties p = new Properties();
    if (config.dbUser() != null) {
      p.setProperty("user", config.dbUser());
    }
    if (config.dbPassword() != null) {
      p.setProperty("password", config.dbPassword());
    }
    p.setProperty("batchsize", "5000");
    rows.write().mode(SaveMode.Append).jdbc(config.effectiveDbUrl(), table, p);
  }
}
