package io.credit.cluster;

import io.credit.core.spark.SparkSessions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a Spark job in a session of its own and returns its output rows, sorted, so the same job can
 * be run against {@code local[2]} and against a cluster and the outputs compared. A JVM holds one
 * SparkContext at a time, so each call starts and stops its session.
 *
 * <p>Any platform step fits: wrap it as a function of the session that returns what it produced,
 * e.g. {@code spark -> { featureJob.run(spark, config, date); return spark.read().parquet(storePath); }}.
 */
public final class SparkParity {
  /** Same partitioning on every master, so that floating-point sums run in the same order. */
  private static final int PARTITIONS = 4;

  private SparkParity() {}

  /** Settings of the reference run: {@code local[2]} with the platform's defaults. */
  public static SparkConf local(String appName) {
    return common(new SparkConf(false).setMaster("local[2]"), appName);
  }

  /**
   * Settings of a client-mode driver in this JVM for {@code cluster}: executors of one core and
   * 768 MB, the application's classes shipped as {@code appJar} through {@code spark.jars}.
   */
  public static SparkConf onCluster(StandaloneCluster cluster, Path appJar, String appName) {
    return common(new SparkConf(false).setMaster(cluster.masterUrl()), appName)
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.executor.cores", "1")
        .set("spark.executor.memory", "768m")
        .set("spark.cores.max", "1")
        .set("spark.jars", appJar.toUri().toString());
  }

  private static SparkConf common(SparkConf conf, String appName) {
    SparkSessions.applyDefaults(conf, appName);
    return conf.set("spark.sql.shuffle.partitions", String.valueOf(PARTITIONS))
        .set("spark.default.parallelism", String.valueOf(PARTITIONS));
  }

  /** Runs {@code job} in a fresh session built from {@code conf}, collects its rows sorted by every column, stops. */
  public static List<Row> run(SparkConf conf, Function<SparkSession, Dataset<Row>> job) {
    return withSession(conf, spark -> {
      Dataset<Row> out = job.apply(spark);
      Column[] allColumns = Arrays.stream(out.columns()).map(out::col).toArray(Column[]::new);
      return out.orderBy(allColumns).collectAsList();
    });
  }

  /** Runs {@code work} in a fresh session built from {@code conf} and stops the session, even on failure. */
  public static <T> T withSession(SparkConf conf, Function<SparkSession, T> work) {
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      return work.apply(spark);
    } finally {
      spark.stop();
      SparkSession.clearActiveSession();
      SparkSession.clearDefaultSession();
    }
  }
}
