package io.credit.scoring.binning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.testing.TestSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WoeBinningTest {
  static final StructType SCHEMA = new StructType().add("x", DataTypes.DoubleType).add("city", DataTypes.StringType)
      .add("label", DataTypes.DoubleType);

  /**
   * x = 1: 10 rows, 1 bad; x = 2: 10 rows, 3 bads; x = 3: 10 rows, 6 bads; x missing: 5 rows, 2 bads
   * (3 null, 2 NaN); x = -1 (special): 5 rows, 4 bads. 40 rows, 16 bads, 24 goods.
   * city: A for the x = 1 rows, B for x = 2, C for x = 3, null or a rare D elsewhere.
   */
  static Dataset<Row> handData() {
    List<Row> rows = new ArrayList<>();
    add(rows, 1.0, "A", 10, 1);
    add(rows, 2.0, "B", 10, 3);
    add(rows, 3.0, "C", 10, 6);
    add(rows, null, null, 3, 1);
    add(rows, Double.NaN, null, 2, 1);
    add(rows, -1.0, "D", 5, 4);
    return TestSpark.session().createDataFrame(rows, SCHEMA);
  }

  static void add(List<Row> rows, Double x, String city, int n, int bads) {
    for (int i = 0; i < n; i++) {
      rows.add(RowFactory.create(x, city, i < bads ? 1.0 : 0.0));
    }
  }

  static WoeBinning estimator() {
    return new WoeBinning().setNumericCols("x").setCategoricalCols("city").setLabelCol("label")
        .setSettings(new BinningSettings(20, 0.2, 1, 8, MonotonicTrend.AUTO, new double[] {-1}, 0.15));
  }

  @Test
  void numericBinsMissingAndSpecialValuesMatchHandComputedWoeAndIv() {
    FeatureBinning x = estimator().fit(handData()).binning("x");
    Map<BinKind, List<Bin>> byKind = x.bins().stream().collect(Collectors.groupingBy(Bin::kind));
    List<Bin> ranges = byKind.get(BinKind.RANGE);
    assertEquals(3, ranges.size(), "one bin per distinct value: " + x.bins());
    assertEquals(MonotonicTrend.ASCENDING, x.trend());
    assertNull(ranges.get(0).lower());
    assertEquals(2.0, ranges.get(0).upper());
    assertEquals(3.0, ranges.get(2).lower());
    assertNull(ranges.get(2).upper());
    // WOE = ln((goods/24) / (bads/16))
    assertEquals(Math.log((9 / 24.0) / (1 / 16.0)), ranges.get(0).woe(), 1e-12);
    assertEquals(Math.log((7 / 24.0) / (3 / 16.0)), ranges.get(1).woe(), 1e-12);
    assertEquals(Math.log((4 / 24.0) / (6 / 16.0)), ranges.get(2).woe(), 1e-12);
    Bin special = byKind.get(BinKind.SPECIAL).get(0);
    assertEquals(5, special.count());
    assertEquals(4, special.bads());
    assertEquals(Math.log((1 / 24.0) / (4 / 16.0)), special.woe(), 1e-12);
    Bin missing = byKind.get(BinKind.MISSING).get(0);
    assertEquals(5, missing.count(), "null and NaN are missing");
    assertEquals(0.0, missing.woe(), 1e-12, "3 goods of 24 and 2 bads of 16: equal shares");
    double iv = (9 / 24.0 - 1 / 16.0) * Math.log((9 / 24.0) / (1 / 16.0))
        + (7 / 24.0 - 3 / 16.0) * Math.log((7 / 24.0) / (3 / 16.0))
        + (4 / 24.0 - 6 / 16.0) * Math.log((4 / 24.0) / (6 / 16.0))
        + (1 / 24.0 - 4 / 16.0) * Math.log((1 / 24.0) / (4 / 16.0));
    assertEquals(iv, x.iv(), 1e-12);
  }

  @Test
  void categoricalBinsPoolRareCategoriesAndSendUnseenOnesToThePool() {
    WoeBinningModel model = estimator().fit(handData());
    FeatureBinning city = model.binning("city");
    assertTrue(city.categorical());
    int other = city.otherBinIndex();
    assertTrue(other >= 0);
    assertTrue(city.bins().get(other).categories().contains("D"), "D (5 rows < 15%) is pooled");
    Bin missing = city.bins().get(city.bins().size() - 1);
    assertEquals(BinKind.MISSING, missing.kind());
    assertEquals(5, missing.count());

    Dataset<Row> unseen = TestSpark.session().createDataFrame(
        List.of(RowFactory.create(2.0, "Z", 0.0), RowFactory.create(-1.0, null, 0.0)), SCHEMA);
    List<Row> out = model.transform(unseen).select("x_woe", "city_woe").collectAsList();
    assertEquals(city.bins().get(other).woe(), out.get(0).getDouble(1), 1e-12);
    assertEquals(missing.woe(), out.get(1).getDouble(1), 1e-12);
    assertEquals(Math.log((1 / 24.0) / (4 / 16.0)), out.get(1).getDouble(0), 1e-12, "special value -1");
  }

  @Test
  void transformGivesEachRowTheWoeOfItsBinAndTheModelSurvivesSaveAndLoad(@TempDir Path dir) throws Exception {
    WoeBinningModel model = estimator().fit(handData());
    String path = dir.resolve("binning").toString();
    model.write().overwrite().save(path);
    assertTrue(Files.exists(dir.resolve("binning/metadata")));
    WoeBinningModel loaded = WoeBinningModel.load(path);
    assertEquals(model.binnings(), loaded.binnings());
    List<Row> a = model.transform(handData()).select("x_woe", "city_woe").collectAsList();
    List<Row> b = loaded.transform(handData()).select("x_woe", "city_woe").collectAsList();
    assertEquals(a, b);
    FeatureBinning x = model.binning("x");
    assertEquals(x.bins().get(0).woe(), a.get(0).getDouble(0), 1e-12, "x = 1 is in the first bin");
  }
}
