package io.credit.features.bench;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.features.FeatureJob;
import io.credit.features.internal.StorePaths;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * {@code ./credit bench features}: for each size, a generated history in a fresh data directory;
 * times the full rebuild, the nightly incremental run and DuckDB's same aggregates; then the nightly
 * run with 3 and with 12 months of history behind it.
 */
public final class FeatureBenchmark {
  /** Benchmark parameters. */
  public record Options(List<Integer> sizes, int days, double txnsPerCustomerDay, int historyCustomers,
      boolean history, int duckDbThreads, Path workDir) {}

  /** Figures of one size. */
  public record SizeRun(int customers, long lakeRows, long fullMillis, long stateMillis, long nightlyMillis,
      Long duckDbMillis, Boolean totalsAgree) {
    public Double ratio() {
      return duckDbMillis == null || duckDbMillis == 0 ? null : (double) stateMillis / duckDbMillis;
    }
  }

  /** The nightly run with 3 vs 12 months of history. */
  public record HistoryRun(int customers, long nightly90Millis, long nightly365Millis) {
    public double ratio() {
      return (double) nightly365Millis / nightly90Millis;
    }
  }

  public record Report(List<SizeRun> sizes, HistoryRun history) {}

  private static final LocalDate AS_OF = LocalDate.parse("2026-01-01");

  private FeatureBenchmark() {}

  public static Report run(SparkSession spark, Options o, PrintStream out) throws Exception {
    List<SizeRun> runs = new ArrayList<>();
    for (int n : o.sizes()) {
      runs.add(size(spark, o, n, out));
    }
    HistoryRun history = null;
    if (o.history()) {
      long m90 = nightly(spark, o, o.historyCustomers(), 90, out);
      long m365 = nightly(spark, o, o.historyCustomers(), 365, out);
      history = new HistoryRun(o.historyCustomers(), m90, m365);
      out.printf("nightly run with 3 vs 12 months of history (%d customers): %d ms vs %d ms, ratio %.2f%n",
          o.historyCustomers(), m90, m365, history.ratio());
    }
    return new Report(runs, history);
  }

  private static SizeRun size(SparkSession spark, Options o, int customers, PrintStream out) throws Exception {
    PlatformConfig config = freshConfig(o.workDir().resolve("n" + customers));
    LocalDate start = AS_OF.minusDays(o.days());
    SyntheticHistory h = new SyntheticHistory(customers, start, o.days() + 1, o.txnsPerCustomerDay(), 7);
    out.printf("size %d customers: generating %d days...%n", customers, o.days());
    h.writeLake(spark, config, 0, o.days());
    h.writeTables(spark, config);
    long rows = spark.read().parquet(StorePaths.of(config).lake()).count();

    FeatureJob.Result full = FeatureJob.run(spark, config, AS_OF, true);
    h.writeLake(spark, config, o.days(), o.days() + 1);
    FeatureJob.Result nightly = FeatureJob.run(spark, config, AS_OF.plusDays(1));

    Long duckMillis = null;
    Boolean agree = null;
    if (DuckDbFloor.available()) {
      String lake = config.lakeDir().resolve("transactions").toString();
      DuckDbFloor.Run duck = DuckDbFloor.run(lake, AS_OF, o.duckDbThreads(),
          config.dataDir().resolve("duckdb-aggregates.parquet").toString());
      duckMillis = duck.millis();
      Row spk = spark.read().parquet(StorePaths.of(config).rolling(AS_OF)).filter("window = 365")
          .agg(functions.count("*"), functions.sum("n_txn"), functions.sum("amt_purchase")).first();
      agree = spk.getLong(0) == duck.customers() && spk.getLong(1) == duck.txns365()
          && Math.abs(spk.getLong(2) / 100.0 - duck.purchase365()) < 0.01; // the state keeps cents
    }
    SizeRun r = new SizeRun(customers, rows, full.millis(), full.stateMillis(), nightly.millis(), duckMillis, agree);
    out.printf("size %d customers, %d lake rows: full rebuild %d ms (transaction aggregates %d ms), nightly %d ms,"
        + " DuckDB %s ms, Spark/DuckDB %s, totals agree: %s%n", customers, rows, r.fullMillis(), r.stateMillis(),
        r.nightlyMillis(), duckMillis == null ? "n/a (driver not on the classpath: build with -Pbench)" : duckMillis,
        r.ratio() == null ? "n/a" : String.format("%.2f", r.ratio()), agree);
    return r;
  }

  /** Best of two nightly runs for AS_OF + 1 with {@code historyDays} of lake behind it. */
  private static long nightly(SparkSession spark, Options o, int customers, int historyDays, PrintStream out) {
    PlatformConfig config = freshConfig(o.workDir().resolve("history" + historyDays));
    SyntheticHistory h = new SyntheticHistory(customers, AS_OF.minusDays(historyDays), historyDays + 1,
        o.txnsPerCustomerDay(), 11);
    h.writeLake(spark, config, 0, historyDays);
    h.writeTables(spark, config);
    FeatureJob.run(spark, config, AS_OF, true);
    h.writeLake(spark, config, historyDays, historyDays + 1);
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      best = Math.min(best, FeatureJob.run(spark, config, AS_OF.plusDays(1)).millis());
    }
    out.printf("nightly with %d days of history: %d ms%n", historyDays, best);
    return best;
  }

  private static PlatformConfig freshConfig(Path dir) {
    delete(dir);
    PlatformConfig config = PlatformConfig.defaults().withDataDir(dir).withInboxDir(dir.resolve("inbox"));
    try (Database db = Database.open(config)) {
      IngestionTables.createIfMissing(db.jdbi());
    }
    return config;
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
