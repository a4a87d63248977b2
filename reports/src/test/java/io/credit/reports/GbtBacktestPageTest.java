package io.credit.reports;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import io.credit.core.testing.TestSpark;
import io.credit.scoring.challenger.GbtSettings;
import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.service.BacktestResult;
import io.credit.scoring.service.BacktestService;
import io.credit.scoring.service.GbtTrainingService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GBT challenger's backtest, as the scoring module stores it, renders on the backtest page and its model card. */
class GbtBacktestPageTest {
  static final LocalDate DATE = LocalDate.of(2025, 6, 30);

  static Dataset<Row> features(int n, long seed) {
    java.util.Random r = new java.util.Random(seed);
    StructType schema = new StructType().add("customer_id", DataTypes.StringType)
        .add("dpd_max_12m", DataTypes.DoubleType).add("income_30d", DataTypes.DoubleType)
        .add("history_days", DataTypes.DoubleType).add("label", DataTypes.IntegerType);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double dpd = r.nextDouble() < 0.7 ? 0 : r.nextInt(90);
      double income = Math.exp(7 + r.nextGaussian());
      double history = r.nextInt(1500);
      double logit = -2 + dpd / 30 - 0.5 * (Math.log(income) - 7) - history / 1500;
      rows.add(RowFactory.create(String.format("C%08d", i), dpd, income, history,
          r.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0));
    }
    return TestSpark.session().createDataFrame(rows, schema).withColumn("as_of_date", to_date(lit(DATE.toString())));
  }

  @Test
  void gbtBacktestShowsCurvesBandsAndItsModelCard(@TempDir Path tmp) throws Exception {
    try (Database db = TestDatabases.freshH2()) {
      ModelRegistry registry = new ModelRegistry(db.jdbi());
      ModelRecord gbt = new GbtTrainingService(registry, tmp.resolve("models")).train(features(1500, 1),
          new GbtTrainingService.Request("credit-gbt", "1", List.of(DATE.minusMonths(2)), "label", "history_days < 30",
              new GbtSettings(15, 3, 0.1, 0.8, 42)));
      BacktestResult r = new BacktestService(registry).run(gbt, features(1500, 2), "label", DATE);

      Path site = new ReportService(db.jdbi(), tmp).generate(DATE, tmp.resolve("site"), ReportOptions.defaults())
          .outDir();
      Document bt = Jsoup.parse(site.resolve("backtest.html").toFile(), "UTF-8");
      List<List<String>> comparison = ReportSiteTest.rows(bt, "comparison");
      assertEquals(1, comparison.size());
      assertEquals("credit-gbt:1", comparison.get(0).get(0));
      assertEquals("challenger", comparison.get(0).get(1));
      assertEquals(String.format(java.util.Locale.ROOT, "%.4f", r.metrics().auc()), comparison.get(0).get(4));
      assertEquals(3, bt.select(".chart svg polyline.series").stream()
          .map(e -> e.closest("svg").attr("aria-label")).distinct().count(), "ROC, KS and calibration charts");
      assertEquals(10, ReportSiteTest.rows(bt, "calibration").size());
      long banded = ReportSiteTest.rows(bt, "bands").stream().mapToLong(x -> ReportSiteTest.number(x.get(2))).sum();
      assertEquals(r.metrics().rows(), banded, "bands on the 350–950 scale add up to the customers");
      assertTrue(bt.text().contains("This backtest stored no CSI values."), "a GBT has no bins, so no CSI");

      Document card = Jsoup.parse(site.resolve("models/credit-gbt-v1.html").toFile(), "UTF-8");
      assertTrue(card.text().contains("This is a gbt model: it has no points table"), card.text());
      assertTrue(card.text().contains("maxIter"), "hyper-parameters on the card");
    }
  }
}
