package io.credit.features.labels;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import io.credit.core.config.PlatformConfig;
import io.credit.features.internal.JdbcSource;
import io.credit.features.internal.LedgerState;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Outcome labels for training and backtesting, from the repayment ledger. For as-of date D and
 * horizon H, a statement <em>goes bad</em> on {@code due_date + threshold} when it was not covered
 * by its due date and not fully paid before that day (so its DPD reaches the threshold). A customer is:
 * <ul>
 *   <li>bad ({@code label = 1}) if a statement goes bad on a day in [D, D + H);</li>
 *   <li>good ({@code label = 0}) if they had exposure and none did;</li>
 *   <li>excluded without exposure (no statement due in [D, D + H) and nothing outstanding at D), or
 *       when already bad before D (a default is not something to predict).</li>
 * </ul>
 * Customers erased on a data-subject request ({@code erased_subjects}) are never labelled, even
 * when ledger rows of theirs would still be there (e.g. restored from a backup): no later training
 * or backtest learns from them.
 * Columns: {@code customer_id, as_of_date, label, bad_date} (null when good).
 */
public final class LabelBuilder {
  private LabelBuilder() {}

  public static Dataset<Row> build(SparkSession spark, PlatformConfig config, LocalDate asOf, LabelSpec spec) {
    LocalDate end = asOf.plusMonths(spec.horizonMonths());
    JdbcSource db = new JdbcSource(spark, config);
    String from = JdbcSource.date(asOf.minusDays(LedgerState.LOOKBACK_DAYS));
    Dataset<Row> statements = db.query("select statement_id, customer_id, due_date, amount_due from statements "
        + "where statement_date < " + JdbcSource.date(end) + " and statement_date >= " + from);
    Dataset<Row> payments = db.query("select statement_id, payment_date, amount from payments where payment_date < "
        + JdbcSource.date(end) + " and payment_date >= " + from);
    return withoutErased(spark, config,
        label(StatementStatus.withPayments(statements, payments), asOf, end, spec.dpdThreshold()));
  }

  /** The rows of {@code perCustomer} (a {@code customer_id} column) less the customers in {@code erased_subjects}. */
  public static Dataset<Row> withoutErased(SparkSession spark, PlatformConfig config, Dataset<Row> perCustomer) {
    Dataset<Row> erased = new JdbcSource(spark, config).query("select customer_id from erased_subjects");
    return perCustomer.join(erased, perCustomer.col("customer_id").equalTo(erased.col("customer_id")), "left_anti");
  }

  static Dataset<Row> label(Dataset<Row> status, LocalDate asOf, LocalDate end, int threshold) {
    Column reach = date_add(col("due_date"), threshold);
    Column goesBad = functions.not(StatementStatus.onTime())
        .and(col("fully_paid_date").isNull().or(col("fully_paid_date").geq(reach)));
    Column d = lit(asOf);
    Column owed = col("amount_due").gt(0);
    Column dueInHorizon = col("due_date").geq(d).and(col("due_date").lt(lit(end)));
    Column outstandingAtD = col("due_date").lt(d)
        .and(col("fully_paid_date").isNull().or(col("fully_paid_date").geq(d)));
    Dataset<Row> perCustomer = status.groupBy(col("customer_id")).agg(
        count(when(owed.and(dueInHorizon.or(outstandingAtD)), 1)).as("exposures"),
        count(when(goesBad.and(reach.lt(d)), 1)).as("bad_before"),
        min(when(goesBad.and(reach.geq(d)).and(reach.lt(lit(end))), reach)).as("bad_date"));
    return perCustomer.filter(col("exposures").gt(0).and(col("bad_before").equalTo(0)))
        .select(col("customer_id"), d.as("as_of_date"),
            when(col("bad_date").isNotNull(), 1).otherwise(0).as("label"), col("bad_date"));
  }
}
