package io.credit.features.internal;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Customer master facts as of D: the customers who existed before D ({@code first_seen_date < D}),
 * their city tier and device as of D and their changes from {@code customer_history}, and the
 * standing of their counterparties from the latest {@code scores} dated before D.
 */
public final class CustomerState {
  /** A counterparty is in good standing when its latest score is at least this (band Good or better). */
  public static final int GOOD_STANDING_SCORE = 600;

  private final JdbcSource db;

  public CustomerState(JdbcSource db) {
    this.db = db;
  }

  /** One row per customer existing before D, with identity inputs. */
  public Dataset<Row> customers(LocalDate asOf) {
    String before = JdbcSource.date(asOf);
    Dataset<Row> customers = db.query("select customer_id, birth_date, city_tier, device_hash, id_verified, "
        + "phone_verified, account_open_date from customers where first_seen_date < " + before);
    Dataset<Row> history = db.query("select customer_id, valid_from, city, city_tier, device_hash "
        + "from customer_history where valid_from < " + before);
    var byCustomer = Window.partitionBy(col("customer_id")).orderBy(col("valid_from"));
    Dataset<Row> changes = history
        .withColumn("prev_city", lag(col("city"), 1).over(byCustomer))
        .withColumn("prev_device", lag(col("device_hash"), 1).over(byCustomer))
        .withColumn("first_row", lag(col("valid_from"), 1).over(byCustomer).isNull())
        .withColumn("city_changed", not(col("first_row")).and(not(col("city").eqNullSafe(col("prev_city")))))
        .withColumn("device_changed", not(col("first_row"))
            .and(not(col("device_hash").eqNullSafe(col("prev_device")))));
    Column inYear = col("valid_from").geq(lit(asOf.minusDays(Windows.LONGEST)));
    Dataset<Row> perCustomer = changes.groupBy(col("customer_id")).agg(
        count(when(col("city_changed").and(inYear), 1)).as("city_changes_365d"),
        count(when(col("device_changed").and(inYear), 1)).as("device_changes_365d"),
        max(when(col("city_changed").or(col("device_changed")), col("valid_from"))).as("last_profile_change"),
        max(struct(col("valid_from"), col("city_tier").as("tier"), col("device_hash").as("device")))
            .as("latest"));
    return customers.join(perCustomer, "customer_id", "left")
        .withColumn("city_tier", coalesce(col("latest.tier"), col("city_tier")))
        .withColumn("device_hash", when(col("latest").isNotNull(), col("latest.device")).otherwise(col("device_hash")))
        .drop("latest");
  }

  /**
   * Per customer, the counterparties of the last 365 days that have a score before D, and how many
   * of them are in good standing. Empty when the {@code scores} table does not exist yet.
   */
  public Dataset<Row> counterpartyStanding(Dataset<Row> pairs, LocalDate asOf) {
    if (!db.tableExists("scores")) {
      return pairs.select(col("customer_id"), lit(0L).as("scored_counterparties"), lit(0L).as("good_counterparties"))
          .limit(0);
    }
    Dataset<Row> latest = db.query("select customer_id, score_date, score, status from scores where score_date < "
            + JdbcSource.date(asOf))
        .groupBy(col("customer_id"))
        .agg(max(struct(col("score_date"), col("score"), col("status"))).as("s"))
        .select(col("customer_id").as("counterparty_id"),
            col("s.status").equalTo("SCORED").and(col("s.score").geq(GOOD_STANDING_SCORE)).as("good"));
    return pairs.join(latest, "counterparty_id")
        .groupBy(col("customer_id"))
        .agg(countDistinct(col("counterparty_id")).as("scored_counterparties"),
            count(when(col("good"), 1)).as("good_counterparties"));
  }
}
