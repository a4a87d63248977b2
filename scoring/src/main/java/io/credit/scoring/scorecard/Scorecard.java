package io.credit.scoring.scorecard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credit.core.model.Dimension;
import io.credit.scoring.binning.BinningSettings;
import io.credit.scoring.binning.FeatureBinning;
import io.credit.scoring.binning.MonotonicTrend;
import io.credit.scoring.binning.WoeBinning;
import io.credit.scoring.binning.WoeBinningModel;
import io.credit.scoring.scorecard.internal.FeatureSelection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.param.DoubleArrayParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Scorecard estimator: {@link WoeBinning} (optimal binning + WOE) → selection by IV and correlation →
 * MLlib {@link LogisticRegression} on the WOE columns (features whose coefficient has the wrong sign
 * are dropped and the model refitted) → points-to-double-odds scaling. Returns a {@link ScorecardModel}.
 * Features map to score dimensions and plain-language descriptions through {@link #setDimensions} and
 * {@link #setDescriptions}.
 */
public class Scorecard extends Estimator<ScorecardModel> implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SUFFIX = "_woe";

  private final String uid;
  private final StringArrayParam numericCols;
  private final StringArrayParam categoricalCols;
  private final Param<String> labelCol;
  private final IntParam fineBins;
  private final DoubleParam minBinShare;
  private final IntParam minBadsPerBin;
  private final IntParam maxBins;
  private final Param<String> monotonicTrend;
  private final DoubleArrayParam specialValues;
  private final DoubleParam rareCategoryShare;
  private final DoubleParam minIv;
  private final DoubleParam maxCorrelation;
  private final IntParam maxFeatures;
  private final DoubleParam regParam;
  private final DoubleArrayParam scaling;
  private final Param<String> dimensionsJson;
  private final Param<String> descriptionsJson;
  private final Param<String> insufficientDataRule;

  public Scorecard() {
    this(Identifiable.randomUID("scorecard"));
  }

  public Scorecard(String uid) {
    this.uid = uid;
    numericCols = new StringArrayParam(this, "numericCols", "numeric feature columns");
    categoricalCols = new StringArrayParam(this, "categoricalCols", "categorical feature columns");
    labelCol = new Param<>(this, "labelCol", "label column, 1 = bad, 0 = good");
    fineBins = new IntParam(this, "fineBins", "number of fine quantile bins to start from");
    minBinShare = new DoubleParam(this, "minBinShare", "minimum share of rows per bin");
    minBadsPerBin = new IntParam(this, "minBadsPerBin", "minimum number of bads per bin");
    maxBins = new IntParam(this, "maxBins", "maximum number of regular bins per feature");
    monotonicTrend = new Param<>(this, "monotonicTrend", "bad-rate trend: auto, ascending, descending, none");
    specialValues = new DoubleArrayParam(this, "specialValues", "numeric values binned on their own");
    rareCategoryShare = new DoubleParam(this, "rareCategoryShare", "categories rarer than this are pooled");
    minIv = new DoubleParam(this, "minIv", "features with a lower information value are dropped");
    maxCorrelation = new DoubleParam(this, "maxCorrelation", "of two features whose WOE correlates more, the weaker is dropped");
    maxFeatures = new IntParam(this, "maxFeatures", "at most this many features (strongest IV first)");
    regParam = new DoubleParam(this, "regParam", "L2 regularisation of the logistic regression");
    scaling = new DoubleArrayParam(this, "scaling", "baseScore, baseOdds (good:bad), pdo, minScore, maxScore");
    dimensionsJson = new Param<>(this, "dimensionsJson", "feature → Dimension name, as a JSON object");
    descriptionsJson = new Param<>(this, "descriptionsJson", "feature → plain-language description, as a JSON object");
    insufficientDataRule = new Param<>(this, "insufficientDataRule",
        "Spark SQL condition marking rows with too little history (empty: none)");
    BinningSettings d = BinningSettings.defaults();
    setDefault(numericCols, new String[0]);
    setDefault(categoricalCols, new String[0]);
    setDefault(labelCol, "label");
    setDefault(fineBins, d.fineBins());
    setDefault(minBinShare, d.minBinShare());
    setDefault(minBadsPerBin, d.minBadsPerBin());
    setDefault(maxBins, d.maxBins());
    setDefault(monotonicTrend, "auto");
    setDefault(specialValues, new double[0]);
    setDefault(rareCategoryShare, d.rareCategoryShare());
    setDefault(minIv, 0.02);
    setDefault(maxCorrelation, 0.7);
    setDefault(maxFeatures, 30);
    setDefault(regParam, 0.01);
    PdoScaling p = PdoScaling.defaults();
    setDefault(scaling, new double[] {p.baseScore(), p.baseOdds(), p.pdo(), p.minScore(), p.maxScore()});
    setDefault(dimensionsJson, "{}");
    setDefault(descriptionsJson, "{}");
    setDefault(insufficientDataRule, "");
  }

  @Override
  public String uid() {
    return uid;
  }

  public StringArrayParam numericCols() { return numericCols; }
  public StringArrayParam categoricalCols() { return categoricalCols; }
  public Param<String> labelCol() { return labelCol; }
  public IntParam fineBins() { return fineBins; }
  public DoubleParam minBinShare() { return minBinShare; }
  public IntParam minBadsPerBin() { return minBadsPerBin; }
  public IntParam maxBins() { return maxBins; }
  public Param<String> monotonicTrend() { return monotonicTrend; }
  public DoubleArrayParam specialValues() { return specialValues; }
  public DoubleParam rareCategoryShare() { return rareCategoryShare; }
  public DoubleParam minIv() { return minIv; }
  public DoubleParam maxCorrelation() { return maxCorrelation; }
  public IntParam maxFeatures() { return maxFeatures; }
  public DoubleParam regParam() { return regParam; }
  public DoubleArrayParam scaling() { return scaling; }
  public Param<String> dimensionsJson() { return dimensionsJson; }
  public Param<String> descriptionsJson() { return descriptionsJson; }
  public Param<String> insufficientDataRule() { return insufficientDataRule; }

  public Scorecard setNumericCols(String... v) { set(numericCols, v); return this; }
  public Scorecard setCategoricalCols(String... v) { set(categoricalCols, v); return this; }
  public Scorecard setLabelCol(String v) { set(labelCol, v); return this; }
  public Scorecard setMinIv(double v) { set(minIv, v); return this; }
  public Scorecard setMaxCorrelation(double v) { set(maxCorrelation, v); return this; }
  public Scorecard setMaxFeatures(int v) { set(maxFeatures, v); return this; }
  public Scorecard setRegParam(double v) { set(regParam, v); return this; }
  public Scorecard setInsufficientDataRule(String v) { set(insufficientDataRule, v == null ? "" : v); return this; }

  public Scorecard setScaling(PdoScaling p) {
    set(scaling, new double[] {p.baseScore(), p.baseOdds(), p.pdo(), p.minScore(), p.maxScore()});
    return this;
  }

  public PdoScaling pdoScaling() {
    double[] v = getOrDefault(scaling);
    return new PdoScaling(v[0], v[1], v[2], (int) v[3], (int) v[4]);
  }

  public Scorecard setBinningSettings(BinningSettings s) {
    set(fineBins, s.fineBins());
    set(minBinShare, s.minBinShare());
    set(minBadsPerBin, s.minBadsPerBin());
    set(maxBins, s.maxBins());
    set(monotonicTrend, s.trend().name().toLowerCase(Locale.ROOT));
    set(specialValues, s.specialValues());
    set(rareCategoryShare, s.rareCategoryShare());
    return this;
  }

  public BinningSettings binningSettings() {
    return new BinningSettings((Integer) getOrDefault(fineBins), (Double) getOrDefault(minBinShare),
        (Integer) getOrDefault(minBadsPerBin), (Integer) getOrDefault(maxBins),
        MonotonicTrend.parse(getOrDefault(monotonicTrend)), getOrDefault(specialValues),
        (Double) getOrDefault(rareCategoryShare));
  }

  /** Which dimension each feature feeds (features absent from the map feed none). */
  public Scorecard setDimensions(Map<String, Dimension> dims) {
    Map<String, String> names = new LinkedHashMap<>();
    dims.forEach((k, v) -> names.put(k, v.name()));
    set(dimensionsJson, json(names));
    return this;
  }

  /** Plain-language description of each feature, used as its reason-code text. */
  public Scorecard setDescriptions(Map<String, String> descriptions) {
    set(descriptionsJson, json(new LinkedHashMap<>(descriptions)));
    return this;
  }

  @Override
  public ScorecardModel fit(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    String label = getOrDefault(labelCol);
    WoeBinningModel binning = new WoeBinning()
        .setNumericCols(getOrDefault(numericCols))
        .setCategoricalCols(getOrDefault(categoricalCols))
        .setLabelCol(label)
        .setSettings(binningSettings())
        .setWoeSuffix(SUFFIX)
        .fit(dataset);
    List<String> keepCols = new ArrayList<>(binning.woeColumns());
    keepCols.add(label);
    Dataset<Row> woe = binning.transform(dataset)
        .selectExpr(keepCols.stream().map(c -> "`" + c + "`").toArray(String[]::new))
        .withColumn(label, org.apache.spark.sql.functions.col(label).cast("double"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      FeatureSelection.Result selection = FeatureSelection.select(binning.binnings(), woe, SUFFIX,
          (Double) getOrDefault(minIv), (Double) getOrDefault(maxCorrelation), (Integer) getOrDefault(maxFeatures));
      Map<String, String> dropped = new LinkedHashMap<>(selection.dropped());
      List<FeatureBinning> kept = new ArrayList<>(selection.kept());
      if (kept.isEmpty()) {
        throw new IllegalArgumentException("no feature is predictive enough (IV >= " + getOrDefault(minIv)
            + "): dropped " + dropped);
      }
      LogisticRegressionModel lr = null;
      while (!kept.isEmpty()) {
        lr = fitLogistic(woe, kept, label);
        double[] coef = lr.coefficients().toArray();
        int worst = -1;
        for (int j = 0; j < coef.length; j++) {
          if (coef[j] > 0 && (worst < 0 || coef[j] > coef[worst])) {
            worst = j;
          }
        }
        if (worst < 0) {
          break;
        }
        dropped.put(kept.get(worst).feature(), String.format(Locale.ROOT,
            "coefficient %.4f has the wrong sign given the other features", coef[worst]));
        kept.remove(worst);
      }
      if (kept.isEmpty()) {
        throw new IllegalArgumentException("every feature has a wrong-sign coefficient: dropped " + dropped);
      }
      ScorecardTable table = buildTable(kept, lr, dropped);
      ScorecardModel model = new ScorecardModel(uid).setTable(table)
          .setInsufficientDataRule(getOrDefault(insufficientDataRule));
      return model.setParent(this);
    } finally {
      woe.unpersist();
    }
  }

  private LogisticRegressionModel fitLogistic(Dataset<Row> woe, List<FeatureBinning> kept, String label) {
    String[] cols = kept.stream().map(b -> b.feature() + SUFFIX).toArray(String[]::new);
    Dataset<Row> assembled = new VectorAssembler().setInputCols(cols).setOutputCol("__features").transform(woe);
    return new LogisticRegression().setFeaturesCol("__features").setLabelCol(label)
        .setRegParam((Double) getOrDefault(regParam)).setElasticNetParam(0.0).setMaxIter(100).setTol(1e-6)
        .fit(assembled);
  }

  private ScorecardTable buildTable(List<FeatureBinning> kept, LogisticRegressionModel lr, Map<String, String> dropped) {
    PdoScaling p = pdoScaling();
    Map<String, String> dims = readMap(getOrDefault(dimensionsJson));
    Map<String, String> descriptions = readMap(getOrDefault(descriptionsJson));
    double[] coef = lr.coefficients().toArray();
    double intercept = lr.intercept();
    double basePerFeature = (p.offset() - p.factor() * intercept) / kept.size();
    List<ScorecardFeature> features = new ArrayList<>();
    for (int j = 0; j < kept.size(); j++) {
      FeatureBinning b = kept.get(j);
      List<Double> points = new ArrayList<>();
      for (var bin : b.bins()) {
        points.add(basePerFeature - p.factor() * coef[j] * bin.woe());
      }
      features.add(new ScorecardFeature(b.feature(), dims.get(b.feature()), descriptions.get(b.feature()), coef[j],
          b, List.copyOf(points)));
    }
    return new ScorecardTable(p, intercept, List.copyOf(features), Map.copyOf(dropped));
  }

  @Override
  public StructType transformSchema(StructType schema) {
    List<String> names = List.of(schema.fieldNames());
    List<String> needed = new ArrayList<>(List.of(getOrDefault(numericCols)));
    needed.addAll(List.of(getOrDefault(categoricalCols)));
    if (needed.isEmpty()) {
      throw new IllegalArgumentException("no feature columns: set numericCols and/or categoricalCols");
    }
    needed.add(getOrDefault(labelCol));
    for (String n : needed) {
      if (!names.contains(n)) {
        throw new IllegalArgumentException("column '" + n + "' not found; columns are " + names);
      }
    }
    return schema;
  }

  @Override
  public Scorecard copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  public static MLReader<Scorecard> read() {
    return new DefaultParamsReader<>();
  }

  public static Scorecard load(String path) {
    return read().load(path);
  }

  private static String json(Map<String, String> map) {
    try {
      return MAPPER.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> readMap(String json) {
    try {
      return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bad feature map JSON: " + json, e);
    }
  }
}
