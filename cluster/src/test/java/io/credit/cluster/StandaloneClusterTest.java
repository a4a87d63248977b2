package io.credit.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Submits Spark jobs from a client-mode driver in this JVM to a real standalone cluster (master and
 * worker in child JVMs, executors launched by the worker) and checks they give exactly the output of
 * {@code local[2]}.
 */
@Tag("slow")
class StandaloneClusterTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 1);

  private static Path baseDir;
  private static StandaloneCluster cluster;
  private static Path appJar;

  @BeforeAll
  static void startCluster() throws IOException, InterruptedException {
    baseDir = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target", "standalone-cluster"))
        .resolve("run-" + System.currentTimeMillis());
    appJar = ClasspathLayout.ofThisJvm().packDirectoriesInto(baseDir.resolve("app.jar"));
    cluster = StandaloneCluster.start(baseDir, new StandaloneCluster.Worker(1, "1g"));
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aggregatesAndLogisticRegressionOnTheClusterEqualThoseOfLocal() {
    Path dataDir = baseDir.resolve("data");
    long written = SparkParity.withSession(SparkParity.local("write-lake"),
        spark -> TransactionLakeFixture.write(spark, dataDir, FIRST_DAY, 6, 300, 42L));
    assertTrue(written > 3_000, "the lake holds enough transactions: " + written);

    // aggregates exactly; the model's probabilities to 1e-12 (see SameRows for why not bit for bit)
    assertSameOutputLocallyAndOnCluster(new CustomerRiskJob(dataDir, FIRST_DAY.plusDays(5)),
        new SameRows.Fitted(Set.of("p_default"), 1e-12));
  }

  /**
   * The parity check any platform step can be put through: runs {@code job} on {@code local[2]},
   * then on the cluster, and compares the outputs (sorted by every column, so lead with a key).
   */
  private static void assertSameOutputLocallyAndOnCluster(Function<SparkSession, Dataset<Row>> job,
      SameRows.Fitted fitted) {
    List<Row> local = SparkParity.run(SparkParity.local("parity-local"), job);
    List<Row> onCluster = SparkParity.run(SparkParity.onCluster(cluster, appJar, "parity-cluster"), spark -> {
      WorkerExecutors.assertTasksRunInAnExecutorOfTheWorker(cluster, spark);
      return job.apply(spark);
    });

    assertFalse(local.isEmpty(), "the job produced rows");
    double largest = SameRows.assertSame(local, onCluster, fitted);
    System.out.printf("cluster vs local[2]: %d rows equal; largest relative difference in %s: %g%n",
        local.size(), fitted.columns(), largest);
  }
}
