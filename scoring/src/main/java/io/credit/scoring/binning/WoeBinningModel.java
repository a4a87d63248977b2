package io.credit.scoring.binning;

import static org.apache.spark.sql.functions.col;

import io.credit.scoring.binning.internal.BinExpressions;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Fitted binning: adds {@code <feature><woeSuffix>} = the WOE of the row's bin, for every binned feature. */
public class WoeBinningModel extends Model<WoeBinningModel> implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final Param<String> binningJson;
  private final Param<String> woeSuffix;
  private transient List<FeatureBinning> parsed;

  public WoeBinningModel() {
    this(Identifiable.randomUID("woeBinningModel"));
  }

  public WoeBinningModel(String uid) {
    this.uid = uid;
    binningJson = new Param<>(this, "binningJson", "the fitted binnings, as JSON");
    woeSuffix = new Param<>(this, "woeSuffix", "suffix of the WOE output columns");
    setDefault(binningJson, "[]");
    setDefault(woeSuffix, "_woe");
  }

  @Override
  public String uid() {
    return uid;
  }

  public Param<String> binningJson() { return binningJson; }
  public Param<String> woeSuffix() { return woeSuffix; }

  public WoeBinningModel setBinnings(List<FeatureBinning> binnings) {
    set(binningJson, BinningJson.write(binnings));
    parsed = List.copyOf(binnings);
    return this;
  }

  public List<FeatureBinning> binnings() {
    if (parsed == null) {
      parsed = BinningJson.read(getOrDefault(binningJson));
    }
    return parsed;
  }

  public FeatureBinning binning(String feature) {
    return binnings().stream().filter(b -> b.feature().equals(feature)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no binning for feature " + feature));
  }

  /** Names of the WOE columns, in binning order. */
  public List<String> woeColumns() {
    List<String> out = new ArrayList<>();
    for (FeatureBinning b : binnings()) {
      out.add(b.feature() + getOrDefault(woeSuffix));
    }
    return out;
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    List<String> names = new ArrayList<>();
    List<Column> values = new ArrayList<>();
    for (FeatureBinning b : binnings()) {
      names.add(b.feature() + getOrDefault(woeSuffix));
      values.add(BinExpressions.lookup(b, col(b.feature()), BinExpressions.woes(b)));
    }
    return dataset.toDF().withColumns(scala.jdk.javaapi.CollectionConverters.asScala(names).toSeq(),
        scala.jdk.javaapi.CollectionConverters.asScala(values).toSeq());
  }

  @Override
  public StructType transformSchema(StructType schema) {
    StructType out = schema;
    for (FeatureBinning b : binnings()) {
      if (!List.of(schema.fieldNames()).contains(b.feature())) {
        throw new IllegalArgumentException("feature column '" + b.feature() + "' is missing from the input");
      }
      out = out.add(b.feature() + getOrDefault(woeSuffix), DataTypes.DoubleType, false);
    }
    return out;
  }

  @Override
  public WoeBinningModel copy(ParamMap extra) {
    WoeBinningModel copy = copyValues(new WoeBinningModel(uid), extra);
    return copy.setParent(parent());
  }

  public static MLReader<WoeBinningModel> read() {
    return new DefaultParamsReader<>();
  }

  public static WoeBinningModel load(String path) {
    return read().load(path);
  }
}
