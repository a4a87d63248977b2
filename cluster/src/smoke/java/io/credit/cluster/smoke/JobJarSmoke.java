package io.credit.cluster.smoke;

import static org.apache.spark.sql.functions.col;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.spark.SparkSessions;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Smoke check of the job jar under {@code spark-submit} with a Spark installation's own jars first
 * on the class path (run by {@code cluster/verify-job-jar.sh}, not part of the build): the platform's
 * database stack (HikariCP, Flyway, Jdbi, H2) works next to Spark's versions of shared libraries, the
 * session takes its master from spark-submit, and executors run application code and write Parquet.
 * Usage: {@code JobJarSmoke <data-dir>}.
 */
public final class JobJarSmoke {
  private JobJarSmoke() {}

  public static void main(String[] args) {
    PlatformConfig config = PlatformConfig.defaults().withDataDir(Path.of(args[0]));
    try (Database db = Database.open(config)) {
      int migrations = db.jdbi().withHandle(h ->
          h.createQuery("select count(*) from flyway_schema_history").mapTo(Integer.class).one());
      System.out.println("database migrated: " + migrations + " migration(s) applied");
    }
    SparkSession spark = SparkSessions.getOrCreate(config, "job-jar-smoke");
    try {
      System.out.println("spark master: " + spark.sparkContext().master());
      long driverPid = ProcessHandle.current().pid();
      List<Long> pids = spark.range(0, 8, 1, 4).as(Encoders.LONG())
          .mapPartitions(new Pid(), Encoders.LONG()).collectAsList();
      Set<Long> executors = new HashSet<>(pids);
      if (spark.sparkContext().master().startsWith("spark://") && executors.contains(driverPid)) {
        throw new IllegalStateException("tasks ran in the driver on a cluster master");
      }
      System.out.println("tasks ran in JVMs " + executors + " (driver " + driverPid + ")");
      String out = config.dataDir().resolve("smoke-parquet").toString();
      spark.range(0, 100_000, 1, 4).withColumn("bucket", col("id").mod(7))
          .groupBy("bucket").count().write().mode("overwrite").parquet(out);
      long total = spark.read().parquet(out).agg(org.apache.spark.sql.functions.sum("count")).first().getLong(0);
      if (total != 100_000) {
        throw new IllegalStateException("parquet round trip lost rows: " + total);
      }
      System.out.println("parquet round trip: " + total + " rows");
      System.out.println("JOB JAR SMOKE OK");
    } finally {
      spark.stop();
    }
  }

  /** The pid of the JVM running a partition (application code the executors must load from the jar). */
  public static final class Pid implements MapPartitionsFunction<Long, Long> {
    @Override
    public Iterator<Long> call(Iterator<Long> rows) {
      return List.of(ProcessHandle.current().pid()).iterator();
    }
  }
}
