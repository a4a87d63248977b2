package io.credit.scoring.binning;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.credit.scoring.binning.internal.BinningBuilder;
import io.credit.scoring.binning.internal.FineBinCounter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.Estimator;
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
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Optimal binning estimator: fine quantile bins (numeric) or categories (categorical), merged to
 * maximise information value under a minimum bin share, a minimum number of bads per bin, a maximum
 * number of bins and a monotonic bad-rate trend; missing values and declared special values get
 * bins of their own. Two passes over the data (approximate quantiles, then counts).
 */
public class WoeBinning extends Estimator<WoeBinningModel> implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;
  /** The pooled group of rare categories, which also receives categories unseen in training. */
  public static final String OTHER_CATEGORY = "__other__";

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
  private final Param<String> woeSuffix;

  public WoeBinning() {
    this(Identifiable.randomUID("woeBinning"));
  }

  public WoeBinning(String uid) {
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
    woeSuffix = new Param<>(this, "woeSuffix", "suffix of the WOE output columns");
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
    setDefault(woeSuffix, "_woe");
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
  public Param<String> woeSuffix() { return woeSuffix; }

  public WoeBinning setNumericCols(String... v) { set(numericCols, v); return this; }
  public WoeBinning setCategoricalCols(String... v) { set(categoricalCols, v); return this; }
  public WoeBinning setLabelCol(String v) { set(labelCol, v); return this; }
  public WoeBinning setWoeSuffix(String v) { set(woeSuffix, v); return this; }

  /** Sets every binning constraint at once. */
  public WoeBinning setSettings(BinningSettings s) {
    set(fineBins, s.fineBins());
    set(minBinShare, s.minBinShare());
    set(minBadsPerBin, s.minBadsPerBin());
    set(maxBins, s.maxBins());
    set(monotonicTrend, s.trend().name().toLowerCase(java.util.Locale.ROOT));
    set(specialValues, s.specialValues());
    set(rareCategoryShare, s.rareCategoryShare());
    return this;
  }

  public BinningSettings settings() {
    return new BinningSettings((Integer) getOrDefault(fineBins), (Double) getOrDefault(minBinShare),
        (Integer) getOrDefault(minBadsPerBin), (Integer) getOrDefault(maxBins),
        MonotonicTrend.parse(getOrDefault(monotonicTrend)), getOrDefault(specialValues),
        (Double) getOrDefault(rareCategoryShare));
  }

  @Override
  public WoeBinningModel fit(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    BinningSettings s = settings();
    String[] numeric = getOrDefault(numericCols);
    String[] categorical = getOrDefault(categoricalCols);
    double[] specials = s.specialValues();
    double[][] cuts = quantileCuts(dataset, numeric, specials, s.fineBins());

    List<Column> cols = new ArrayList<>();
    for (String f : numeric) {
      cols.add(col(f).cast("double"));
    }
    for (String f : categorical) {
      cols.add(col(f).cast("string"));
    }
    cols.add(col(getOrDefault(labelCol)).cast("double"));
    Dataset<Row> selected = dataset.select(cols.toArray(Column[]::new));
    FineBinCounter.Counts counts = new FineBinCounter(cuts, specials, categorical.length).count(selected);
    if (counts.rows == 0) {
      throw new IllegalArgumentException("cannot fit binning: the training data has no rows");
    }
    if (counts.bads == 0 || counts.bads == counts.rows) {
      throw new IllegalArgumentException("cannot fit binning: the label '" + getOrDefault(labelCol)
          + "' needs both goods (0) and bads (1); found " + counts.bads + " bads in " + counts.rows + " rows");
    }
    BinningBuilder builder = new BinningBuilder(s, counts.rows, counts.bads);
    List<FeatureBinning> result = new ArrayList<>();
    for (int f = 0; f < numeric.length; f++) {
      result.add(builder.numeric(numeric[f], cuts[f], counts.numericGoods[f], counts.numericBads[f]));
    }
    for (int f = 0; f < categorical.length; f++) {
      result.add(builder.categorical(categorical[f], counts.categories.get(f), counts.categoricalMissing[f],
          counts.categoricalMissingBads[f], counts.rows));
    }
    WoeBinningModel model = new WoeBinningModel(uid).setBinnings(result);
    model.set(model.woeSuffix(), getOrDefault(woeSuffix));
    return model.setParent(this);
  }

  private static double[][] quantileCuts(Dataset<?> dataset, String[] numeric, double[] specials, int fine) {
    if (numeric.length == 0) {
      return new double[0][];
    }
    List<Column> cleaned = new ArrayList<>();
    for (String f : numeric) {
      Column c = col(f).cast("double");
      Column isSpecial = lit(false);
      for (double s : specials) {
        isSpecial = isSpecial.or(c.equalTo(s));
      }
      cleaned.add(when(isSpecial, lit(null).cast("double")).otherwise(c).as(f));
    }
    double[] probs = new double[fine - 1];
    for (int i = 1; i < fine; i++) {
      probs[i - 1] = (double) i / fine;
    }
    double[][] q = dataset.select(cleaned.toArray(Column[]::new)).stat().approxQuantile(numeric, probs, 0.0005);
    double[][] cuts = new double[numeric.length][];
    for (int f = 0; f < numeric.length; f++) {
      cuts[f] = Arrays.stream(q[f]).filter(v -> !Double.isNaN(v)).distinct().sorted().toArray();
    }
    return cuts;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    List<String> names = Arrays.asList(schema.fieldNames());
    List<String> needed = new ArrayList<>(Arrays.asList(getOrDefault(numericCols)));
    needed.addAll(Arrays.asList(getOrDefault(categoricalCols)));
    if (needed.isEmpty()) {
      throw new IllegalArgumentException("no feature columns: set numericCols and/or categoricalCols");
    }
    needed.add(getOrDefault(labelCol));
    for (String n : needed) {
      if (!names.contains(n)) {
        throw new IllegalArgumentException("column '" + n + "' not found; columns are " + names);
      }
    }
    StructType out = schema;
    for (String n : needed.subList(0, needed.size() - 1)) {
      out = out.add(n + getOrDefault(woeSuffix), org.apache.spark.sql.types.DataTypes.DoubleType, false);
    }
    return out;
  }

  @Override
  public WoeBinning copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  public static MLReader<WoeBinning> read() {
    return new DefaultParamsReader<>();
  }

  public static WoeBinning load(String path) {
    return read().load(path);
  }
}
