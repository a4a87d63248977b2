package io.credit.features.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.credit.features.labels.StatementStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Per-customer repayment facts as of D from the statements and payments tables: statements due,
 * late and worst days past due per window, current DPD, latest delinquency, credit-line use,
 * amount outstanding, first statement. Reads a bounded look-back of the ledger (plus one
 * aggregate query for the first statement date).
 */
public final class LedgerState {
  /** How far back statements are read: two years plus the longest credit term we expect. */
  public static final int LOOKBACK_DAYS = 730 + 90;

  private final JdbcSource db;

  public LedgerState(JdbcSource db) {
    this.db = db;
  }

  public Dataset<Row> asOf(LocalDate asOf) {
    String before = JdbcSource.date(asOf);
    String from = JdbcSource.date(asOf.minusDays(LOOKBACK_DAYS));
    Dataset<Row> statements = db.query("select statement_id, customer_id, product, statement_date, due_date, "
        + "amount_due, credit_limit from statements where statement_date < " + before
        + " and statement_date >= " + from);
    Dataset<Row> payments = db.query("select statement_id, payment_date, amount from payments where payment_date < "
        + before + " and payment_date >= " + from);
    Dataset<Row> s = StatementStatus.withPayments(statements, payments)
        .withColumn("dpd", StatementStatus.dpdAsOf(lit(asOf)));
    Column due = col("due_date").lt(lit(asOf));
    Column creditLine = col("product").equalTo("CREDIT_LINE");

    List<Column> aggs = new ArrayList<>();
    for (int w : Windows.DAYS) {
      String sx = Windows.suffix(w);
      Column dueIn = due.and(col("due_date").geq(lit(asOf.minusDays(w))));
      Column cutIn = col("statement_date").geq(lit(asOf.minusDays(w)));
      aggs.add(count(when(dueIn, 1)).as("stmts_due" + sx));
      aggs.add(count(when(dueIn.and(col("dpd").gt(0)), 1)).as("late" + sx));
      aggs.add(max(when(dueIn, col("dpd"))).as("max_dpd" + sx));
      aggs.add(sum(when(cutIn.and(creditLine), col("amount_due"))).as("util_due" + sx));
      aggs.add(sum(when(cutIn.and(creditLine), col("credit_limit"))).as("util_limit" + sx));
    }
    Column openAndOverdue = due.and(functions.not(StatementStatus.onTime())).and(col("fully_paid_date").isNull());
    aggs.add(max(when(openAndOverdue, col("dpd"))).as("current_dpd"));
    aggs.add(max(when(due.and(col("dpd").gt(0)), col("due_date"))).as("last_delinquent_due_date"));
    aggs.add(sum(greatest(col("amount_due").minus(col("total_paid")), lit(0))).as("outstanding"));
    aggs.add(max(when(creditLine, struct(col("statement_date"), col("statement_id"),
        col("amount_due").as("due"), col("credit_limit").as("lim")))).as("last_util"));
    Dataset<Row> perCustomer = s.groupBy(col("customer_id"))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]))
        .withColumn("last_util_due", col("last_util.due"))
        .withColumn("last_util_limit", col("last_util.lim"))
        .drop("last_util");
    Dataset<Row> first = db.query("select customer_id, min(statement_date) as first_statement_date from statements "
        + "where statement_date < " + before + " group by customer_id");
    return first.join(perCustomer, "customer_id", "left");
  }
}
