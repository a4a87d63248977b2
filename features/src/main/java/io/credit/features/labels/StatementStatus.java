package io.credit.features.labels;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Repayment status of statements from the payments ledger, per the contract's days-past-due rule:
 * a statement is on time if the payments dated on or before its due date cover {@code amount_due};
 * otherwise its DPD as of X is {@code X - due_date} while unpaid, or
 * {@code date_fully_paid - due_date} once paid. All amounts are summed exactly (decimal).
 */
public final class StatementStatus {
  private StatementStatus() {}

  /**
   * Adds {@code paid_by_due}, {@code total_paid} and {@code fully_paid_date} (the first date the
   * cumulative payments reach {@code amount_due}; null if never) to the statements, from the given
   * payments (already limited to those the caller may see).
   */
  public static Dataset<Row> withPayments(Dataset<Row> statements, Dataset<Row> payments) {
    Dataset<Row> perDay = payments.groupBy(col("statement_id"), col("payment_date"))
        .agg(sum(col("amount")).as("paid"));
    WindowSpec running = Window.partitionBy(col("statement_id")).orderBy(col("payment_date"))
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    Dataset<Row> cumulative = perDay.withColumn("cum_paid", sum(col("paid")).over(running));
    Dataset<Row> perStatement = cumulative
        .join(statements.select(col("statement_id"), col("due_date"), col("amount_due")), "statement_id")
        .groupBy(col("statement_id"))
        .agg(sum(when(col("payment_date").leq(col("due_date")), col("paid")).otherwise(lit(0))).as("paid_by_due"),
            sum(col("paid")).as("total_paid"),
            min(when(col("cum_paid").geq(col("amount_due")), col("payment_date"))).as("fully_paid_date"));
    return statements.join(perStatement, statements.col("statement_id").equalTo(perStatement.col("statement_id")), "left")
        .drop(perStatement.col("statement_id"))
        .withColumn("paid_by_due", coalesce(col("paid_by_due"), lit(0)))
        .withColumn("total_paid", coalesce(col("total_paid"), lit(0)));
  }

  /** True when the statement was covered by its due date (or nothing was due). */
  public static Column onTime() {
    return col("amount_due").leq(0).or(col("paid_by_due").geq(col("amount_due")));
  }

  /** Days past due as of a date, from a frame built by {@link #withPayments} with payments before it. */
  public static Column dpdAsOf(Column asOf) {
    return when(onTime(), 0)
        .when(col("fully_paid_date").isNotNull(), datediff(col("fully_paid_date"), col("due_date")))
        .when(asOf.gt(col("due_date")), datediff(asOf, col("due_date")))
        .otherwise(0);
  }
}
