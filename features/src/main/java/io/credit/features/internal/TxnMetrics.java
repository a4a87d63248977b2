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
 * {@code bigint}, amounts {@code bigint} cents (squares {@code decimal(38,0)} cents²), so sums over
 * any set of days are exact and independent of order and partitioning; {@link Metric#currency}
 * turns a sum back into currency units. Cents rather than {@code decimal(38,2)}: Spark adds decimals
 * wider than 18 digits as {@code java.math.BigDecimal}s (28 sums per customer and day over 3.66
 * million lake rows, local[2]: 32 s as decimals, 12 s as longs).
 */
public final class TxnMetrics {
  public static final List<String> CATEGORIES = List.of("GROCERY", "DINING", "TRANSPORT", "UTILITIES",
      "TELECOM", "HEALTH", "EDUCATION", "FASHION", "ELECTRONICS", "TRAVEL", "ENTERTAINMENT", "LUXURY",
      "GAMBLING", "LOTTERY", "CRYPTO", "OTHER");
  public static final List<String> HIGH_RISK = List.of("GAMBLING", "LOTTERY", "CRYPTO");
  public static final List<String> ESSENTIAL = List.of("GROCERY", "UTILITIES", "TELECOM", "HEALTH",
      "EDUCATION", "TRANSPORT");

  public static final DataType COUNT = DataTypes.LongType;
  /** Amounts in cents. */
  public static final DataType AMOUNT = DataTypes.LongType;
  /** Squared amounts in cents² (a long would overflow from a single purchase of 30 million). */
  public static final DataType SQUARE = DataTypes.createDecimalType(38, 0);

  /** A metric: its state column name, exact type and decimal places (2 for cents, 4 for cents², 0 for counts). */
  public record Metric(String name, DataType type, int scale) {
    /** A sum of this metric in currency units ({@code decimal(38,scale)}), or the count itself. */
    public Column currency(Column sum) {
      if (scale == 0) {
        return sum;
      }
      return sum.cast(DataTypes.createDecimalType(38, 0))
          .divide(lit(java.math.BigDecimal.TEN.pow(scale)))
          .cast(DataTypes.createDecimalType(38, scale));
    }
  }

  /** Every additive metric, in state-column order. */
  public static final List<Metric> ALL = buildAll();

  /** Latest known wallet balance of a day: struct(txn_time, txn_id, balance_after). */
  public static final String LAST_BALANCE = "last_bal";

  private TxnMetrics() {}

  private static List<Metric> buildAll() {
    List<Metric> m = new ArrayList<>();
    for (String c : List.of("n_txn", "n_txn_sq", "active_day", "n_night", "n_purchase", "n_income",
        "n_salary", "n_transfer", "n_balance_days")) {
      m.add(new Metric(c, COUNT, 0));
    }
    for (String a : List.of("amt_debit", "amt_credit", "amt_purchase", "amt_income", "amt_high_risk",
        "amt_essential", "amt_cash", "amt_loan_repay", "amt_transfer_in", "amt_transfer_out",
        "closing_balance")) {
      m.add(new Metric(a, AMOUNT, 2));
    }
    m.add(new Metric("amt_purchase_sq", SQUARE, 4));
    for (String c : CATEGORIES) {
      m.add(new Metric(categoryColumn(c), AMOUNT, 2));
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
    Column amount = cents(col("amount"));
    Column square = amount.cast(SQUARE).multiply(amount.cast(SQUARE));
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
    aggs.add(sumIf(purchase, square).as("amt_purchase_sq"));
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
        .withColumn("closing_balance", coalesce(cents(col(LAST_BALANCE + ".balance_after")), lit(0L)));
    List<Column> out = new ArrayList<>();
    out.add(col("customer_id"));
    out.add(col("date"));
    for (Metric m : ALL) {
      out.add(col(m.name()).cast(m.type()).as(m.name()));
    }
    out.add(col(LAST_BALANCE));
    return perDay.select(out.toArray(new Column[0]));
  }

  /**
   * A {@code decimal(18,2)} amount as exact cents: through a double, which Spark converts from the
   * decimal's unscaled long without {@code BigDecimal}s; rounding restores the exact cent for any
   * amount below 10^13 (the double's error stays under 0.1 cent).
   */
  static Column cents(Column amount) {
    return functions.round(amount.cast(DataTypes.DoubleType).multiply(100)).cast(DataTypes.LongType);
  }

  private static Column countIf(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }

  private static Column sumIf(Column condition, Column value) {
    return coalesce(sum(when(condition, value)), lit(0));
  }
}
