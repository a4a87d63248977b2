package io.credit.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.features.FeatureJob;
import io.credit.features.FeatureStore;
import io.credit.features.labels.LabelSpec;
import io.credit.scoring.lifecycle.ModelLifecycle;
import io.credit.scoring.service.ScoringService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The platform's own Spark steps on a real standalone cluster: the feature job ({@code ./credit
 * features --date D}) and the scoring step ({@code ./credit score --date D}) run once on
 * {@code local[2]} and once from a client-mode driver in this JVM on the cluster's executor, each on
 * its own copy of the same prepared data directory (a generated population ingested into the
 * embedded H2 file database and the transaction lake, with a champion scorecard); the feature store
 * and the scores table must come out identical, doubles bit for bit.
 *
 * <p>Both steps read the database through Spark's JDBC source, whose queries run in the tasks, i.e.
 * on the executors (checked here with {@link TaskLog}): they reach the embedded H2 file database
 * through the TCP server H2 starts for it in the driver ({@code AUTO_SERVER=TRUE} in the platform's
 * default URL), which works when executors share the driver's machine and file system.
 */
@Tag("slow")
class PlatformStepsOnClusterTest {
  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 6, 30);
  /** The date the steps run for: features from events before it, i.e. the whole history. */
  private static final LocalDate D = TO.plusDays(1);
  private static final GeneratedPlatform.Settings POPULATION = new GeneratedPlatform.Settings(300, FROM, TO, 11L,
      List.of(FROM.plusMonths(2), FROM.plusMonths(3)), new LabelSpec(30, 2));
  private static final String FEATURES = "features";
  private static final String SCORE = "score";

  /** What one run of the two steps produced, and where its tasks ran. */
  record StepOutputs(FeatureJob.Result features, List<Row> featureRows, ScoringService.ScoringRun scoring,
      List<Map<String, Object>> scores, TaskLog tasks) {}

  private static StandaloneCluster cluster;
  private static StepOutputs local;
  private static StepOutputs onCluster;

  @BeforeAll
  static void runTheStepsLocallyAndOnTheCluster() throws IOException, InterruptedException {
    Path baseDir = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target", "platform-steps"))
        .resolve("run-" + System.currentTimeMillis());
    long start = System.nanoTime();
    GeneratedPlatform prepared = GeneratedPlatform.prepare(baseDir.resolve("prepared"), POPULATION,
        SparkParity.local("prepare"));
    long preparedMillis = millisSince(start);
    Path appJar = ClasspathLayout.ofThisJvm().packDirectoriesInto(baseDir.resolve("app.jar"));
    cluster = StandaloneCluster.start(baseDir.resolve("cluster"), new StandaloneCluster.Worker(1, "1g"));
    long clusterStarted = System.nanoTime();

    local = runSteps(SparkParity.local("steps-local"), prepared.copyTo(baseDir.resolve("data-local")), null);
    long localDone = System.nanoTime();
    onCluster = runSteps(SparkParity.onCluster(cluster, appJar, "steps-cluster"),
        prepared.copyTo(baseDir.resolve("data-cluster")), cluster);
    System.out.printf("prepare (generate, ingest, train) %d ms; cluster start %d ms; steps on local[2] %d ms; "
            + "steps on the cluster %d ms%n", preparedMillis, (clusterStarted - start) / 1_000_000 - preparedMillis,
        (localDone - clusterStarted) / 1_000_000, millisSince(localDone));
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  /**
   * Runs the two steps for D as {@code ./credit features --date D} and {@code ./credit score --date D}
   * do, in a session of their own built from {@code conf}, on the data directory of {@code config}.
   */
  private static StepOutputs runSteps(SparkConf conf, PlatformConfig config, StandaloneCluster on) {
    TaskLog tasks = new TaskLog();
    StepOutputs out = SparkParity.withSession(conf, spark -> {
      spark.sparkContext().addSparkListener(tasks);
      if (on != null) {
        WorkerExecutors.assertTasksRunInAnExecutorOfTheWorker(on, spark);
      }
      try (Database db = Database.open(config)) {
        spark.sparkContext().setJobGroup(FEATURES, "features as of " + D, false);
        FeatureJob.Result features = FeatureJob.run(spark, config, D);
        List<Row> featureRows = sorted(spark, config);
        spark.sparkContext().setJobGroup(SCORE, "scores of " + D, false);
        ScoringService.ScoringRun scoring = new ModelLifecycle(spark, config, db)
            .scoreWithChampion(ModelLifecycle.DEFAULT_MODEL, D);
        spark.sparkContext().clearJobGroup();
        List<Map<String, Object>> scores = db.jdbi().withHandle(h -> h.createQuery(
                "select * from scores where score_date = :d order by customer_id")
            .bind("d", D).mapToMap().list());
        return new StepOutputs(features, featureRows, scoring, scores, null);
      }
    });
    return new StepOutputs(out.features(), out.featureRows(), out.scoring(), out.scores(), tasks);
  }

  private static List<Row> sorted(SparkSession spark, PlatformConfig config) {
    return FeatureStore.read(spark, config, D).orderBy("customer_id").collectAsList();
  }

  @Test
  void theFeatureStoreOnTheClusterEqualsThatOfLocalBitForBit() {
    assertEquals("INCREMENTAL", local.features().buildMode(), "the nightly path: from the training dates' state");
    assertEquals(local.features().buildMode(), onCluster.features().buildMode());
    assertEquals(local.features().previousState(), onCluster.features().previousState());
    assertEquals(local.features().lakeDaysRead(), onCluster.features().lakeDaysRead());
    assertEquals(local.features().customers(), onCluster.features().customers());

    SameRows.assertSame(local.featureRows(), onCluster.featureRows(), SameRows.Fitted.NONE);
    assertTrue(local.featureRows().size() > 250, "customers with features: " + local.featureRows().size());
    System.out.printf("feature store as of %s: %d customers x %d columns identical on the cluster%n", D,
        local.featureRows().size(), local.featureRows().get(0).length());
  }

  @Test
  void theScoresTableOnTheClusterEqualsThatOfLocal() {
    assertEquals(local.scoring(), onCluster.scoring());
    assertEquals(local.scores(), onCluster.scores(), "scores rows, doubles compared bit for bit (Double.equals)");

    assertEquals(local.featureRows().size(), local.scores().size(), "a scores row per customer with features");
    Set<Object> distinctScores = local.scores().stream().map(r -> r.get("score")).collect(Collectors.toSet());
    assertTrue(local.scoring().scored() > 100 && distinctScores.size() > 20,
        "scored " + local.scoring() + " with " + distinctScores.size() + " distinct scores");
    System.out.printf("scores of %s: %s identical on the cluster (%d distinct scores)%n", D, local.scoring(),
        distinctScores.size());
  }

  @Test
  void bothStepsRanTheirTasksAndTheirDatabaseReadsOnTheExecutor() {
    for (String step : List.of(FEATURES, SCORE)) {
      List<TaskLog.Task> there = onCluster.tasks().tasksOf(step);
      assertFalse(there.isEmpty(), step + " ran tasks on the cluster");
      Set<String> executors = there.stream().map(TaskLog.Task::executorId).collect(Collectors.toSet());
      assertEquals(1, executors.size(), step + ": one executor (" + executors + ")");
      assertFalse(executors.contains("driver"), step + ": no task in the driver");
      long jdbc = there.stream().filter(TaskLog.Task::readsDatabase).count();
      assertTrue(jdbc > 0, step + ": database queries ran in executor tasks");

      // the same log under local[*] shows every task in the driver: the check can tell them apart
      List<TaskLog.Task> here = local.tasks().tasksOf(step);
      assertTrue(here.stream().anyMatch(TaskLog.Task::readsDatabase), step + ": JDBC tasks seen locally too");
      assertEquals(Set.of("driver"), here.stream().map(TaskLog.Task::executorId).collect(Collectors.toSet()));
      System.out.printf("%s: %d tasks on executor %s, %d of them querying the database%n", step, there.size(),
          executors, jdbc);
    }
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
