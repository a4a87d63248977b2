package io.credit.scoring.service;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credit.core.cli.BadInputException;
import io.credit.core.db.Database;
import io.credit.core.model.ScoreBand;
import io.credit.core.testing.TestDatabases;
import io.credit.core.testing.TestSpark;
import io.credit.scoring.challenger.GbtChallenger;
import io.credit.scoring.challenger.GbtSettings;
import io.credit.scoring.evaluation.BinaryMetrics;
import io.credit.scoring.evaluation.GroundTruth;
import io.credit.scoring.registry.BacktestRecord;
import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.registry.ModelRef;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.registry.ModelStage;
import io.credit.scoring.scorecard.PdoScaling;
import io.credit.scoring.scorecard.ScoreColumns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GBT challenger on a feature-store-shaped table: train → save → load → register → backtest (with the oracle). */
class GbtChallengerServicesTest {
  static final LocalDate D = LocalDate.of(2026, 3, 31);
  static final GbtSettings SMALL = new GbtSettings(10, 3, 0.1, 0.8, 42);
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path models;
  static Database db;
  static ModelRegistry registry;
  static Dataset<Row> truth;
  static Dataset<Row> training;
  static ModelRecord record;

  /** customer_id, as_of_date, double features, label, and the true pd the label was drawn from. */
  static Dataset<Row> population(int n, long seed, int firstId) {
    java.util.Random r = new java.util.Random(seed);
    StructType schema = new StructType().add("customer_id", DataTypes.StringType)
        .add("dpd_max_12m", DataTypes.DoubleType).add("income_30d", DataTypes.DoubleType)
        .add("history_days", DataTypes.DoubleType).add("label", DataTypes.IntegerType)
        .add("true_pd", DataTypes.DoubleType);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double dpd = r.nextDouble() < 0.7 ? 0 : r.nextInt(90);
      double income = Math.exp(7 + r.nextGaussian());
      double history = r.nextInt(1500);
      double logit = -2 + dpd / 30 - 0.5 * (Math.log(income) - 7) - history / 1500;
      double pd = 1 / (1 + Math.exp(-logit));
      rows.add(RowFactory.create(String.format("C%08d", firstId + i), dpd, income, history,
          r.nextDouble() < pd ? 1 : 0, pd));
    }
    return TestSpark.session().createDataFrame(rows, schema).withColumn("as_of_date", to_date(lit(D.toString())));
  }

  @BeforeAll
  static void train() {
    db = TestDatabases.configured();
    registry = new ModelRegistry(db.jdbi());
    Dataset<Row> all = population(2000, 11, 0).cache();
    truth = all.select(col("customer_id"), col("true_pd").as(GroundTruth.ORACLE_PD));
    training = all.drop("true_pd");
    record = new GbtTrainingService(registry, models).train(training, new GbtTrainingService.Request("svc-gbt", "1",
        List.of(D.minusMonths(1), D), "label", "history_days < 30", SMALL));
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void savedAndLoadedModelGivesIdenticalPredictions(@TempDir Path dir) {
    GbtChallenger fitted = GbtChallenger.fit(training.withColumn("label", col("label").cast("double")),
        List.of("dpd_max_12m", "income_30d", "history_days"), List.of(), "label", SMALL);
    fitted.save(dir.resolve("gbt").toString());
    GbtChallenger loaded = GbtChallenger.load(dir.resolve("gbt").toString());
    assertArrayEquals(pds(fitted.predict(training)), pds(loaded.predict(training)), "identical after save/load");
    assertEquals("10", fitted.hyperParameters().get("trees"));
  }

  static double[] pds(Dataset<Row> predicted) {
    return predicted.orderBy("customer_id").select(ScoreColumns.PD).collectAsList().stream()
        .mapToDouble(r -> r.getDouble(0)).toArray();
  }

  @Test
  void trainingRegistersAGbtChallengerWithHyperParametersMetricsAndProvenance() throws Exception {
    assertEquals("gbt", record.kind());
    assertEquals(ModelStage.CHALLENGER, record.stage());
    assertEquals(D.minusMonths(1), record.trainFrom());
    assertEquals(D, record.trainTo());
    assertEquals(D.minusMonths(1) + "," + D, record.asOfDates());
    assertEquals(Provenance.dataHash(training), record.trainingDataHash());
    assertTrue(Files.isDirectory(Path.of(record.artifactPath())));
    JsonNode hp = JSON.readTree(record.hyperParameters());
    assertEquals(10, hp.path("maxIter").asInt());
    assertEquals(3, hp.path("maxDepth").asInt());
    assertEquals("history_days < 30", hp.path("insufficientDataRule").asText());
    assertEquals(3, hp.path("features").size());
    assertEquals("10", hp.path("gbtClassifier").path("maxIter").asText(), "GBTClassifier's own parameters");
    JsonNode metrics = JSON.readTree(record.metrics());
    assertTrue(metrics.path("in_sample").path("auc").asDouble() > 0.7, record.metrics());
    long banded = 0;
    for (ScoreBand b : ScoreBand.values()) {
      banded += metrics.path("band_counts").path(b.name()).asLong();
    }
    long scored = training.where("history_days >= 30").count();
    assertEquals(scored, banded, "training band counts cover the scored rows");
    assertTrue(record.provenance().contains("\"spark\":\"4.1"), record.provenance());
  }

  @Test
  void scoresFollowThePdoFormulaAndTheInsufficientDataRule() {
    List<Row> rows = GbtScoring.apply(record, training)
        .select(col(ScoreColumns.PD), col(ScoreColumns.SCORE), col(ScoreColumns.BAND), col(ScoreColumns.STATUS),
            col("history_days")).collectAsList();
    PdoScaling s = PdoScaling.defaults();
    for (Row r : rows) {
      double pd = r.getDouble(0);
      int expected = s.score(s.rawScore(Math.log((1 - pd) / pd)));
      assertEquals(expected, r.getInt(1));
      assertEquals(ScoreBand.of(expected).name(), r.getString(2));
      assertEquals(r.getDouble(4) < 30 ? ScoreColumns.INSUFFICIENT_DATA : ScoreColumns.SCORED, r.getString(3));
    }
  }

  @Test
  void backtestStoresTheGbtRowsAndTheOracle() throws Exception {
    Dataset<Row> later = population(2000, 12, 10_000).cache();
    Dataset<Row> laterTruth = later.select(col("customer_id"), col("true_pd").as(GroundTruth.ORACLE_PD));
    Dataset<Row> features = later.drop("true_pd");
    BacktestResult r = new BacktestService(registry).run(record, features, "label", D.plusMonths(3), laterTruth);
    assertEquals("gbt", r.kind());
    long expectedRows = features.where("history_days >= 30").count();
    assertEquals(expectedRows, r.metrics().rows(), "same population as a scorecard with the same rule");
    assertTrue(r.metrics().auc() > 0.65, "AUC " + r.metrics().auc());
    assertEquals(r.metrics().rows(), r.bands().values().stream().mapToLong(BacktestResult.BandStats::rows).sum());
    assertEquals(10, r.calibration().size());
    assertNotNull(r.scorePsi(), "PSI against the training band counts");
    assertTrue(r.scorePsi() < 0.1, "same population: PSI " + r.scorePsi());
    assertTrue(r.csi().isEmpty(), "a GBT has no bins");

    BinaryMetrics oracle = BinaryMetrics.of(later.where("history_days >= 30"), "true_pd", "label");
    assertNotNull(r.oracle());
    assertEquals(expectedRows, r.oracle().rows());
    assertEquals(oracle.auc(), r.oracle().oracleAuc(), 1e-12);
    assertEquals(r.metrics().auc() / oracle.auc(), r.oracle().ratio(), 1e-12);
    assertTrue(r.oracle().ratio() > 0.8 && r.oracle().ratio() < 1.05, "ratio " + r.oracle().ratio());

    List<BacktestRecord> stored = registry.backtests(new ModelRef(record.name(), record.version()));
    assertEquals(1, stored.size());
    assertEquals(r.metrics().auc(), stored.get(0).auc(), 1e-12);
    JsonNode details = JSON.readTree(stored.get(0).details());
    assertEquals("gbt", details.path("model_kind").asText());
    assertEquals(r.oracle().oracleAuc(), details.path("oracle").path("oracleAuc").asDouble(), 1e-12);
    assertEquals(10, details.path("calibration").size());
    assertEquals(ScoreBand.values().length, details.path("bands").size());

    Dataset<Row> partialTruth = laterTruth.where("customer_id > 'C00010100'");
    assertThrows(BadInputException.class,
        () -> new BacktestService(registry).run(record, features, "label", D.plusMonths(4), partialTruth),
        "the oracle needs the whole backtest population");
  }

  @Test
  void groundTruthFileIsReadAsTheOracle(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ground_truth.csv");
    Files.writeString(file, "customer_id,archetype,latent,monthly_hazard,pd_12m,default_date\n"
        + "C00000001,steady,-0.5,0.001,0.0119,\nC00000002,stressed,1.8,0.04,0.387,2025-07-14\n");
    List<Row> rows = GroundTruth.read(TestSpark.session(), file).orderBy("customer_id").collectAsList();
    assertEquals(2, rows.size());
    assertEquals("C00000002", rows.get(1).getString(0));
    assertEquals(0.387, rows.get(1).getDouble(1), 1e-12);
    assertThrows(BadInputException.class, () -> GroundTruth.read(TestSpark.session(), dir.resolve("missing.csv")));
  }
}
