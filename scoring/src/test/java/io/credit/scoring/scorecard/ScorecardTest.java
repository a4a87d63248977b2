package io.credit.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.model.Dimension;
import io.credit.core.model.ScoreBand;
import io.credit.scoring.binning.Bin;
import io.credit.scoring.binning.BinKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardTest {
  static Dataset<Row> data;
  static ScorecardModel model;
  static Dataset<Row> scored;

  static Scorecard estimator() {
    return new Scorecard().setNumericCols("income", "noise").setCategoricalCols("segment").setLabelCol("label")
        .setDimensions(Map.of("income", Dimension.ABILITY_TO_PAY, "segment", Dimension.BEHAVIOUR,
            "noise", Dimension.IDENTITY))
        .setDescriptions(Map.of("income", "Income is low", "segment", "Customer segment carries more risk"))
        .setInsufficientDataRule("history_days < 30");
  }

  @BeforeAll
  static void fit() {
    data = SyntheticCredit.rows(3000, 11).cache();
    model = estimator().fit(data);
    scored = model.transform(data).cache();
  }

  @Test
  void keepsTheInformativeFeaturesAndDropsNoise() {
    ScorecardTable t = model.table();
    List<String> kept = t.features().stream().map(ScorecardFeature::feature).toList();
    assertEquals(List.of("income", "segment"), kept.stream().sorted().toList());
    assertTrue(t.dropped().containsKey("noise"), "noise dropped: " + t.dropped());
    for (ScorecardFeature f : t.features()) {
      assertTrue(f.coefficient() < 0, "WOE coefficients are negative");
    }
  }

  @Test
  void scoreIsTheRoundedClampedSumOfBinPointsAndBandAndPdFollow() {
    ScorecardTable t = model.table();
    PdoScaling s = t.scaling();
    for (Row r : scored.where("status = 'SCORED'").limit(200).collectAsList()) {
      double raw = 0;
      for (ScorecardFeature f : t.features()) {
        raw += f.points().get(binOf(f, r));
      }
      assertEquals(raw, r.getDouble(r.fieldIndex("raw_score")), 1e-6);
      int score = r.getInt(r.fieldIndex("score"));
      assertEquals(s.score(raw), score);
      assertEquals(ScoreBand.of(score).name(), r.getString(r.fieldIndex("band")));
      assertEquals(s.probabilityOfBad(raw), r.getDouble(r.fieldIndex("pd")), 1e-9);
    }
  }

  @Test
  void scoresRankRiskAndAreCalibratedOnTheTrainingData() {
    Dataset<Row> ok = scored.where("status = 'SCORED'");
    double auc = io.credit.scoring.evaluation.BinaryMetrics.of(ok, "pd", "label").auc();
    assertTrue(auc > 0.7, "AUC " + auc);
    // logistic regression with an intercept reproduces the training bad rate on average
    Row means = ok.selectExpr("avg(pd)", "avg(label)").head();
    assertEquals(means.getDouble(1), means.getDouble(0), 0.01);
  }

  @Test
  void reasonCodesAreTheFeaturesLosingMostPointsInPlainLanguage() {
    ScorecardTable t = model.table();
    for (Row r : scored.where("status = 'SCORED'").limit(200).collectAsList()) {
      List<double[]> lost = new ArrayList<>();
      for (int j = 0; j < t.features().size(); j++) {
        ScorecardFeature f = t.features().get(j);
        double l = f.maxPoints() - f.points().get(binOf(f, r));
        if (l > 1e-9) {
          lost.add(new double[] {l, j});
        }
      }
      lost.sort(Comparator.comparingDouble((double[] a) -> -a[0]).thenComparingDouble(a -> a[1]));
      for (int i = 0; i < 4; i++) {
        String reason = r.getString(r.fieldIndex("reason_" + (i + 1)));
        if (i < lost.size()) {
          ScorecardFeature f = t.features().get((int) lost.get(i)[1]);
          assertEquals(f.description(), reason);
        } else {
          assertNull(reason, "no more reasons than features losing points");
        }
      }
    }
  }

  @Test
  void dimensionSubScoresReadOnZeroToHundredAndInsufficientDataGetsNoScore() {
    for (Row r : scored.collectAsList()) {
      boolean insufficient = r.getDouble(r.fieldIndex("history_days")) < 30;
      assertEquals(insufficient ? "INSUFFICIENT_DATA" : "SCORED", r.getString(r.fieldIndex("status")));
      if (insufficient) {
        assertTrue(r.isNullAt(r.fieldIndex("score")));
        assertTrue(r.isNullAt(r.fieldIndex("band")));
        assertTrue(r.isNullAt(r.fieldIndex("reason_1")));
        continue;
      }
      double ability = r.getDouble(r.fieldIndex("dim_ability_to_pay"));
      assertTrue(ability >= 0 && ability <= 100);
      assertTrue(r.isNullAt(r.fieldIndex("dim_credit_history")), "no feature in that dimension");
      assertTrue(r.isNullAt(r.fieldIndex("dim_identity")), "its only feature (noise) was dropped");
    }
  }

  @Test
  void scorecardTableIsWrittenAsCsvAndJson(@TempDir Path dir) throws Exception {
    model.table().write(dir);
    List<String> csv = Files.readAllLines(dir.resolve("scorecard.csv"));
    assertEquals("feature,dimension,iv,coefficient,bin,bin_kind,count,bads,bad_rate,woe,points", csv.get(0));
    int bins = model.table().features().stream().mapToInt(f -> f.binning().bins().size()).sum();
    assertEquals(bins + 1, csv.size());
    assertEquals(model.table(), ScorecardTable.fromJson(Files.readString(dir.resolve("scorecard.json"))));
  }

  @Test
  void savedAndLoadedPipelineGivesIdenticalScores(@TempDir Path dir) throws Exception {
    PipelineModel pipeline = new Pipeline().setStages(new PipelineStage[] {estimator()}).fit(data);
    pipeline.write().overwrite().save(dir.resolve("pipeline").toString());
    PipelineModel loaded = PipelineModel.load(dir.resolve("pipeline").toString());
    String[] cols = {"customer_id", "score", "band", "pd", "dim_ability_to_pay", "dim_behaviour", "reason_1",
        "reason_2", "status"};
    List<Row> before = pipeline.transform(data).select("customer_id", cols).orderBy("customer_id").collectAsList();
    List<Row> after = loaded.transform(data).select("customer_id", cols).orderBy("customer_id").collectAsList();
    assertEquals(before, after);

    model.write().overwrite().save(dir.resolve("model").toString());
    ScorecardModel reloaded = ScorecardModel.load(dir.resolve("model").toString());
    assertEquals(model.table(), reloaded.table());
    assertEquals(scored.select("customer_id", cols).orderBy("customer_id").collectAsList(),
        reloaded.transform(data).select("customer_id", cols).orderBy("customer_id").collectAsList());
  }

  /** The bin of a row, found from the table's bin definitions (independently of the Spark expressions). */
  static int binOf(ScorecardFeature f, Row r) {
    List<Bin> bins = f.binning().bins();
    Object v = r.get(r.fieldIndex(f.feature()));
    for (int i = 0; i < bins.size(); i++) {
      Bin b = bins.get(i);
      if (v == null || (v instanceof Double d && d.isNaN())) {
        if (b.kind() == BinKind.MISSING) {
          return i;
        }
        continue;
      }
      if (b.kind() == BinKind.CATEGORIES && b.categories().contains(v.toString())) {
        return i;
      }
      if (b.kind() == BinKind.RANGE) {
        double x = (Double) v;
        if ((b.lower() == null || x >= b.lower()) && (b.upper() == null || x < b.upper())) {
          return i;
        }
      }
    }
    throw new AssertionError("no bin for " + v + " in " + f.feature());
  }
}
