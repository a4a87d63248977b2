package io.credit.scoring.service;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.db.Database;
import io.credit.core.model.Dimension;
import io.credit.core.testing.TestDatabases;
import io.credit.core.testing.TestSpark;
import io.credit.scoring.registry.BacktestRecord;
import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.registry.ModelRef;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.registry.ModelStage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Train → register → score into the table → backtest, on a feature table shaped like the feature store's. */
class ScoringServicesTest {
  static final LocalDate D = LocalDate.of(2026, 3, 31);
  @TempDir static Path models;
  static Database db;
  static ModelRegistry registry;
  static Dataset<Row> features;
  static ModelRecord record;

  /** customer_id, as_of_date, then double features (the feature-store contract), plus the label. */
  static Dataset<Row> featureTable(int n, long seed) {
    java.util.Random r = new java.util.Random(seed);
    StructType schema = new StructType().add("customer_id", DataTypes.StringType)
        .add("dpd_max_12m", DataTypes.DoubleType).add("income_30d", DataTypes.DoubleType)
        .add("tenure_days", DataTypes.DoubleType).add("label", DataTypes.DoubleType);
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      double dpd = r.nextDouble() < 0.7 ? 0 : r.nextInt(90);
      double income = Math.exp(7 + r.nextGaussian());
      double tenure = r.nextInt(1500);
      double logit = -2 + dpd / 30 - 0.5 * (Math.log(income) - 7) - tenure / 1500;
      rows.add(RowFactory.create(String.format("C%08d", i), dpd, income, tenure,
          r.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1.0 : 0.0));
    }
    return TestSpark.session().createDataFrame(rows, schema).withColumn("as_of_date", to_date(lit(D.toString())));
  }

  @BeforeAll
  static void train() {
    db = TestDatabases.configured();
    registry = new ModelRegistry(db.jdbi());
    features = featureTable(3000, 5).cache();
    record = new TrainingService(registry, models).train(features, new TrainingService.Request("svc-card", "1",
        List.of(D), "label",
        Map.of("dpd_max_12m", Dimension.CREDIT_HISTORY, "income_30d", Dimension.ABILITY_TO_PAY,
            "tenure_days", Dimension.IDENTITY),
        Map.of("dpd_max_12m", "Late repayments in the last 12 months", "income_30d", "Low recent income",
            "tenure_days", "Short account history"),
        "tenure_days < 30"));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void trainingRegistersAChallengerWithProvenanceAndArtifacts() {
    assertEquals(ModelStage.CHALLENGER, record.stage());
    assertEquals("scorecard", record.kind());
    assertEquals(D, record.trainTo());
    assertEquals(64, record.trainingDataHash().length());
    assertEquals(record.trainingDataHash(), Provenance.dataHash(features.orderBy(col("customer_id").desc())),
        "the data hash ignores row order");
    assertTrue(record.provenance().contains("\"spark\":\"4.1"), record.provenance());
    assertTrue(record.metrics().contains("band_counts"), record.metrics());
    assertTrue(record.hyperParameters().contains("maxBins"), record.hyperParameters());
    assertTrue(Files.isDirectory(Path.of(record.artifactPath())));
    assertTrue(Files.exists(Path.of(record.artifactPath()).getParent().resolve("scorecard.csv")));
  }

  @Test
  void scoringWritesTheContractColumnsReproducibly() {
    ScoringService service = new ScoringService(db.jdbi());
    Dataset<Row> snapshot = features.drop("label");
    ScoringService.ScoringRun run = service.scoreToTable(record, snapshot, D, null);
    assertEquals(3000, run.rows());
    assertEquals(run.rows(), run.scored() + run.insufficientData());
    assertTrue(run.insufficientData() > 0, "tenure under 30 days is insufficient data");
    List<Map<String, Object>> first = rows();
    ScoringService.ScoringRun again = service.scoreToTable(record, snapshot, D, null);
    assertEquals(run, again);
    assertEquals(first, rows(), "same model and features give identical scores");
    Map<String, Object> any = first.stream().filter(m -> "SCORED".equals(m.get("status"))).findFirst().orElseThrow();
    int score = ((Number) any.get("score")).intValue();
    assertTrue(score >= 350 && score <= 950);
    assertNotNull(any.get("band"));
    assertEquals("svc-card", any.get("model_name"));
    assertTrue(any.get("dim_behaviour") == null, "no behaviour feature in this card");
  }

  @Test
  void noConsentRowsGetNoScore() {
    Dataset<Row> scored = new ScoringService(db.jdbi()).apply(ScoringService.load(record), features,
        "customer_id < 'C00000100'");
    assertEquals(100, scored.where("status = 'NO_CONSENT' and score is null and reason_1 is null").count());
  }

  @Test
  void theBootstrapIntervalDoesNotDependOnTheShufflePartitions() {
    Dataset<Row> later = featureTable(3000, 6);
    Dataset<Row> labels = later.select("customer_id", "label");
    Dataset<Row> features = later.drop("label");
    var conf = TestSpark.session().conf();
    String partitions = conf.get("spark.sql.shuffle.partitions");
    String broadcast = conf.get("spark.sql.autoBroadcastJoinThreshold");
    List<List<Double>> intervals = new java.util.ArrayList<>();
    try {
      conf.set("spark.sql.autoBroadcastJoinThreshold", "-1"); // a shuffled join, as labels meet features
      for (String p : List.of("1", "7")) {
        conf.set("spark.sql.shuffle.partitions", p);
        BacktestResult r = new BacktestService(registry).run(record, features.join(labels, "customer_id"), "label",
            D.plusMonths(9));
        intervals.add(List.of(r.aucCi95()[0], r.aucCi95()[1]));
      }
    } finally {
      conf.set("spark.sql.shuffle.partitions", partitions);
      conf.set("spark.sql.autoBroadcastJoinThreshold", broadcast);
    }
    assertEquals(intervals.get(0), intervals.get(1));
  }

  @Test
  void backtestComputesDiscriminationCalibrationAndStabilityAndStoresThem() {
    Dataset<Row> later = featureTable(3000, 6);
    BacktestResult r = new BacktestService(registry).run(record, later, "label", D.plusMonths(3));
    assertTrue(r.metrics().auc() > 0.65, "AUC " + r.metrics().auc());
    assertTrue(r.aucCi95()[0] < r.metrics().auc() && r.metrics().auc() < r.aucCi95()[1]);
    assertEquals(r.metrics().rows(), r.bands().values().stream().mapToLong(BacktestResult.BandStats::rows).sum());
    assertEquals(10, r.calibration().size());
    assertTrue(r.calibration().get(0).predicted() < r.calibration().get(9).predicted());
    assertTrue(r.scorePsi() != null && r.scorePsi() < 0.1, "same population: stable score, PSI " + r.scorePsi());
    r.csi().values().forEach(v -> assertTrue(v < 0.1, "same population: stable features " + r.csi()));
    List<BacktestRecord> stored = registry.backtests(new ModelRef(record.name(), record.version())).stream()
        .filter(b -> b.asOfDate().equals(D.plusMonths(3))).toList();
    assertEquals(1, stored.size());
    assertEquals(r.metrics().auc(), stored.get(0).auc(), 1e-12);
    assertTrue(stored.get(0).details().contains("band_counts"));

    Dataset<Row> shifted = later.withColumn("dpd_max_12m", col("dpd_max_12m").plus(40));
    BacktestResult drift = new BacktestService(registry).run(record, shifted, "label", D.plusMonths(6));
    assertTrue(drift.csi().get("dpd_max_12m") > 0.25, "shifted feature: CSI " + drift.csi());
  }

  static List<Map<String, Object>> rows() {
    return db.jdbi().withHandle(h -> h.createQuery("select * from scores where score_date = :d order by customer_id")
        .bind("d", D).mapToMap().list());
  }
}
