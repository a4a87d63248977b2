package io.credit.features.internal;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.hour;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Additive per-customer, per-day transaction metrics: the unit of the rolling state. Counts are
 * {@code bigint}, amounts exact {@code decimal(38,2)} (squares {@code decimal(38,4)}), so sums
 * over any set of days are exact and independent of order and partitioning.
 */
public final class TxnMetrics {
  public static final List<String> CATEGORIES = List.of("GROCERY", "DINING", "TRANSPORT", "UTILITIES",
      "TELECOM", "HEALTH", "EDUCATION", "FASHION", "ELECTRONICS", "TRAVEL", "ENTERTAINMENT", "LUXURY",
      "GAMBLING", "LOTTERY", "CRYPTO", "OTHER");
  public static final List<String> HIGH_RISK = List.of("GAMBLING", "LOTTERY", "CRYPTO");
  public static final List<String> ESSENTIAL = List.of("GROCERY", "UTILITIES", "TELECOM", "HEALTH",
      "EDUCATION", "TRANSPORT");

  public static final DataType COUNT = DataTypes.LongType;
  public static final DataType AMOUNT = DataTypes.createDecimalType(38, 2);
  public static final DataType SQUARE = DataTypes.createDecimalType(38, 4);

  /** A metric: its state column name and exact type. */
  public record Metric(String name, DataType type) {}

  /** Every additive metric, in state-column order. */
  public static final List<Metric> ALL = buildAll();

  /** Latest known wallet balance of a day: struct(txn_time, txn_id, balance_after). */
  public static final String LAST_BALANCE = "last_bal";

  private TxnMetrics() {}

  private static List<Metric> buildAll() {
    List<Metric> m = new ArrayList<>();
    for (String c : List.of("n_txn", "n_txn_sq", "active_day", "n_night", "n_purchase", "n_income",
        "n_salary", "n_transfer", "n_balance_days")) {
      m.add(new Metric(c, COUNT));
    }
    for (String a : List.of("amt_debit", "amt_credit", "amt_purchase", "amt_income", "amt_high_risk",
        "amt_essential", "amt_cash", "amt_loan_repay", "amt_transfer_in", "amt_transfer_out",
        "closing_balance")) {
      m.add(new Metric(a, AMOUNT));
    }
    m.add(new Metric("amt_purchase_sq", SQUARE));
    for (String c : CATEGORIES) {
      m.add(new Metric(categoryColumn(c), AMOUNT));
    }
    return List.copyOf(m);
  }

  public static String categoryColumn(String category) {
    return "cat_" + category.toLowerCase(Locale.ROOT);
  }

  /** State column of a metric summed over a window, e.g. {@code amt_purchase_90d}. */
  public static String windowColumn(String metric, int days) {
    return metric + Windows.suffix(days);
  }

  /**
   * Per-customer daily metrics from lake rows that carry a {@code date} column (the lake partition).
   * Output: {@code customer_id, date}, every {@link #ALL} metric, and {@link #LAST_BALANCE}.
   */
  public static Dataset<Row> daily(Dataset<Row> lake) {
    Column amount = col("amount");
    Column type = col("txn_type");
    Column debit = col("direction").equalTo("DEBIT");
    Column purchase = type.equalTo("PURCHASE");
    Column income = type.isin("SALARY", "OTHER_INCOME");
    Column hr = hour(col("txn_time"));
    List<Column> aggs = new ArrayList<>();
    aggs.add(count(lit(1)).as("n_txn"));
    aggs.add(countIf(hr.geq(22).or(hr.lt(6))).as("n_night"));
    aggs.add(countIf(purchase).as("n_purchase"));
    aggs.add(countIf(income).as("n_income"));
    aggs.add(countIf(type.equalTo("SALARY")).as("n_salary"));
    aggs.add(countIf(type.isin("TRANSFER_IN", "TRANSFER_OUT")).as("n_transfer"));
    aggs.add(sumIf(debit, amount).as("amt_debit"));
    aggs.add(sumIf(functions.not(debit), amount).as("amt_credit"));
    aggs.add(sumIf(purchase, amount).as("amt_purchase"));
    aggs.add(sumIf(purchase, amount.multiply(amount)).as("amt_purchase_sq"));
    aggs.add(sumIf(income, amount).as("amt_income"));
    aggs.add(sumIf(purchase.and(col("category").isin(HIGH_RISK.toArray())), amount).as("amt_high_risk"));
    aggs.add(sumIf(purchase.and(col("category").isin(ESSENTIAL.toArray())), amount).as("amt_essential"));
    aggs.add(sumIf(type.equalTo("CASH_WITHDRAWAL"), amount).as("amt_cash"));
    aggs.add(sumIf(type.equalTo("LOAN_REPAYMENT"), amount).as("amt_loan_repay"));
    aggs.add(sumIf(type.equalTo("TRANSFER_IN"), amount).as("amt_transfer_in"));
    aggs.add(sumIf(type.equalTo("TRANSFER_OUT"), amount).as("amt_transfer_out"));
    for (String c : CATEGORIES) {
      aggs.add(sumIf(purchase.and(col("category").equalTo(c)), amount).as(categoryColumn(c)));
    }
    aggs.add(max(when(col("balance_after").isNotNull(),
        struct(col("txn_time"), col("txn_id"), col("balance_after")))).as(LAST_BALANCE));

    Dataset<Row> perDay = lake.groupBy(col("customer_id"), col("date"))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]))
        .withColumn("n_txn_sq", col("n_txn").multiply(col("n_txn")))
        .withColumn("active_day", lit(1L))
        .withColumn("n_balance_days", when(col(LAST_BALANCE).isNotNull(), 1L).otherwise(0L))
        .withColumn("closing_balance", coalesce(col(LAST_BALANCE + ".balance_after"), lit(0)));
    List<Column> out = new ArrayList<>();
    out.add(col("customer_id"));
    out.add(col("date"));
    for (Metric m : ALL) {
      out.add(col(m.name()).cast(m.type()).as(m.name()));
    }
    out.add(col(LAST_BALANCE));
    return perDay.select(out.toArray(new Column[0]));
  }

  private static Column countIf(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }

  private static Column sumIf(Column condition, Column value) {
    return coalesce(sum(when(condition, value)), lit(0));
  }
}
