package io.credit.features;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.credit.core.cli.BadInputException;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.features.catalog.FeatureCatalog;
import io.credit.features.internal.CustomerState;
import io.credit.features.internal.JdbcSource;
import io.credit.features.internal.LedgerState;
import io.credit.features.internal.StoreFiles;
import io.credit.features.internal.StorePaths;
import io.credit.features.internal.TransactionState;
import io.credit.features.internal.FeatureRows;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the features of every customer as of a date D from events strictly before D and
 * publishes them to the feature store ({@code features/v=<version>/as_of=D/}) with a row in
 * {@code feature_snapshots}. Called by {@code ./credit features} and by the nightly job.
 *
 * <p>By default the transaction state is updated incrementally from the latest earlier state
 * (reading only the new lake days, the days leaving each window and the compact state);
 * {@code fullRebuild} recomputes it from the whole lake. Both give the same values.
 */
public final class FeatureJob {
  private static final Logger LOG = LoggerFactory.getLogger(FeatureJob.class);

  /** What a run published. */
  public record Result(LocalDate asOf, String featureSetVersion, long customers, int features, String path,
      String buildMode, LocalDate previousState, int lakeDaysRead, long stateMillis, long millis) {}

  private FeatureJob() {}

  public static Result run(SparkSession spark, PlatformConfig config, LocalDate asOf) {
    return run(spark, config, asOf, false);
  }

  public static Result run(SparkSession spark, PlatformConfig config, LocalDate asOf, boolean fullRebuild) {
    long start = System.nanoTime();
    JdbcSource db = new JdbcSource(spark, config);
    try (Database database = Database.open(config)) {
      for (String table : List.of("customers", "customer_history", "statements", "payments")) {
        if (!db.tableExists(table)) {
          throw new BadInputException("table " + table + " not found in " + Database.redact(config.effectiveDbUrl())
              + ": run ./credit ingest for at least one day before computing features");
        }
      }
      StorePaths paths = StorePaths.of(config);
      TransactionState.Built txn = new TransactionState(spark, paths).build(asOf, fullRebuild);
      long stateMillis = (System.nanoTime() - start) / 1_000_000;
      Dataset<Row> features = compute(spark, db, txn, asOf);
      FeatureCatalog catalog = FeatureCatalog.current();
      String target = paths.features(catalog.version(), asOf);
      new StoreFiles(spark).writeReplacing(features.sortWithinPartitions(col("customer_id")), target);
      long customers = spark.read().parquet(target).count();
      Result result = new Result(asOf, catalog.version(), customers, catalog.features().size(), target,
          txn.mode().name(), txn.previous(), txn.lakeDaysRead(), stateMillis, (System.nanoTime() - start) / 1_000_000);
      recordSnapshot(database, result);
      LOG.info("features as of {}: {} customers, {} features, {} build from {} ({} lake days read), {} ms "
          + "(transaction state {} ms)", asOf, customers, result.features(), result.buildMode(),
          txn.previous() == null ? "the whole lake" : txn.previous(), txn.lakeDaysRead(), result.millis(), stateMillis);
      return result;
    }
  }

  /** The feature table as of D: one row per customer existing before D, one clean double per feature. */
  static Dataset<Row> compute(SparkSession spark, JdbcSource db, TransactionState.Built txn, LocalDate asOf) {
    CustomerState customerState = new CustomerState(db);
    Dataset<Row> inputs = customerState.customers(asOf)
        .join(TransactionState.wide(txn.rolling()), "customer_id", "left")
        .join(new LedgerState(db).asOf(asOf), "customer_id", "left")
        .join(TransactionState.counterpartyCounts(txn.counterparties(), asOf), "customer_id", "left")
        .join(customerState.counterpartyStanding(txn.counterparties(), asOf), "customer_id", "left");
    Dataset<Row> features = FeatureRows.apply(inputs, asOf);
    List<Column> out = new ArrayList<>();
    out.add(col("customer_id"));
    out.add(lit(asOf).as("as_of_date"));
    for (String name : FeatureCatalog.current().names()) {
      out.add(col(name));
    }
    return features.select(out.toArray(new Column[0]));
  }

  private static void recordSnapshot(Database database, Result r) {
    database.jdbi().useTransaction(h -> {
      h.createUpdate("delete from feature_snapshots where as_of_date = :d and feature_set_version = :v")
          .bind("d", r.asOf()).bind("v", r.featureSetVersion()).execute();
      h.createUpdate("insert into feature_snapshots (as_of_date, feature_set_version, customers, features, path, "
              + "build_mode, created_at) values (:d, :v, :c, :f, :p, :m, :t)")
          .bind("d", r.asOf()).bind("v", r.featureSetVersion()).bind("c", r.customers()).bind("f", r.features())
          .bind("p", r.path()).bind("m", r.buildMode()).bind("t", Timestamp.from(Instant.now()))
          .execute();
    });
  }
}
