package io.credit.scoring.scorecard;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import io.credit.core.model.Dimension;
import io.credit.core.model.ScoreBand;
import io.credit.scoring.binning.internal.BinExpressions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * A fitted scorecard. Adds: {@code raw_score} (sum of points), {@code score} (rounded, clamped
 * 350–950), {@code pd} (probability of bad implied by the raw score), {@code band}
 * ({@link ScoreBand} name), one {@code dim_*} sub-score per {@link Dimension} (0–100: the points of
 * that dimension's features, rescaled between their lowest and highest possible sums; null when no
 * feature of the card belongs to it), {@code reason_1..4} (plain language, ranked by points lost
 * against each feature's best bin) and {@code status} ({@code SCORED}, or {@code INSUFFICIENT_DATA}
 * where the configured rule holds, with no score). Pure column expressions: deterministic.
 */
public class ScorecardModel extends Model<ScorecardModel> implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final Param<String> scorecardJson;
  private final Param<String> insufficientDataRule;
  private transient ScorecardTable parsed;

  public ScorecardModel() {
    this(Identifiable.randomUID("scorecardModel"));
  }

  public ScorecardModel(String uid) {
    this.uid = uid;
    scorecardJson = new Param<>(this, "scorecardJson", "the fitted scorecard table, as JSON");
    insufficientDataRule = new Param<>(this, "insufficientDataRule",
        "Spark SQL condition marking rows with too little history (empty: none)");
    setDefault(insufficientDataRule, "");
  }

  @Override
  public String uid() {
    return uid;
  }

  public Param<String> scorecardJson() { return scorecardJson; }
  public Param<String> insufficientDataRule() { return insufficientDataRule; }

  public ScorecardModel setTable(ScorecardTable table) {
    set(scorecardJson, table.toJson());
    parsed = table;
    return this;
  }

  public ScorecardModel setInsufficientDataRule(String rule) {
    set(insufficientDataRule, rule == null ? "" : rule);
    return this;
  }

  public ScorecardTable table() {
    if (parsed == null) {
      parsed = ScorecardTable.fromJson(getOrDefault(scorecardJson));
    }
    return parsed;
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema(), true);
    ScorecardTable t = table();
    PdoScaling s = t.scaling();
    List<ScorecardFeature> fs = t.features();
    Dataset<Row> df = dataset.toDF();
    Map<String, Column> tmp = new LinkedHashMap<>();
    for (int j = 0; j < fs.size(); j++) {
      tmp.put("__bin_" + j, BinExpressions.binIndex(fs.get(j).binning(), col(fs.get(j).feature())).plus(1));
    }
    df = df.withColumns(tmp);
    List<Column> points = new ArrayList<>();
    List<Column> reasons = new ArrayList<>();
    List<Column> allTexts = new ArrayList<>(); // every (feature, bin) text; rows carry only an index into it
    for (int j = 0; j < fs.size(); j++) {
      ScorecardFeature f = fs.get(j);
      Column bin = col("__bin_" + j);
      Column pts = element_at(array(f.points().stream().map(p -> lit(p)).toArray(Column[]::new)), bin);
      int base = allTexts.size();
      for (int i = 0; i < f.points().size(); i++) {
        allTexts.add(lit(f.reason(i)));
      }
      points.add(pts);
      reasons.add(struct(lit(f.maxPoints()).minus(pts).as("lost"), lit(-j).as("order"), bin.plus(base).as("text_index")));
    }
    Column raw = points.stream().reduce(Column::plus).orElse(lit(0.0));
    String rule = getOrDefault(insufficientDataRule);
    Column insufficient = rule.isBlank() ? lit(false) : expr(rule);
    Column scored = insufficient.equalTo(lit(false)).or(insufficient.isNull());
    Map<String, Column> out = new LinkedHashMap<>();
    out.put(ScoreColumns.STATUS, when(scored, lit(ScoreColumns.SCORED)).otherwise(lit(ScoreColumns.INSUFFICIENT_DATA)));
    out.put(ScoreColumns.RAW_SCORE, when(scored, raw));
    df = df.withColumns(out);
    out.clear();
    Column rawCol = col(ScoreColumns.RAW_SCORE);
    Column score = when(rawCol.isNotNull(),
        greatest(lit(s.minScore()), least(lit(s.maxScore()), round(rawCol))).cast("int"));
    out.put(ScoreColumns.SCORE, score);
    out.put(ScoreColumns.PD, lit(1.0).divide(lit(1.0).plus(exp(rawCol.minus(s.offset()).divide(s.factor())))));
    for (Dimension d : Dimension.values()) {
      out.put(ScoreColumns.dimension(d), dimensionScore(fs, points, d, scored));
    }
    // Sorted by points lost, most first; entries that lose nothing sort last and give no reason. (No
    // higher-order filter: Spark evaluates those without code generation, which halved scoring speed.)
    Column sorted = sort_array(array(reasons.toArray(Column[]::new)), false);
    Column texts = array(allTexts.toArray(Column[]::new));
    for (int i = 1; i <= ScoreColumns.REASONS; i++) {
      Column reason = try_element_at(sorted, lit(i));
      out.put(ScoreColumns.reason(i), when(scored.and(reason.getField("lost").gt(lit(1e-9))),
          element_at(texts, reason.getField("text_index"))));
    }
    df = df.withColumns(out);
    df = df.withColumn(ScoreColumns.BAND, band(col(ScoreColumns.SCORE)));
    return df.drop(tmp.keySet().toArray(String[]::new));
  }

  private static Column dimensionScore(List<ScorecardFeature> fs, List<Column> points, Dimension d, Column scored) {
    Column sum = null;
    double min = 0;
    double max = 0;
    for (int j = 0; j < fs.size(); j++) {
      if (d.name().equals(fs.get(j).dimension())) {
        sum = sum == null ? points.get(j) : sum.plus(points.get(j));
        min += fs.get(j).minPoints();
        max += fs.get(j).maxPoints();
      }
    }
    if (sum == null) {
      return lit(null).cast("double");
    }
    if (max - min < 1e-9) {
      return when(scored, lit(100.0));
    }
    return when(scored, round(sum.minus(min).multiply(100.0 / (max - min)), 1));
  }

  private static Column band(Column score) {
    Column c = null;
    for (ScoreBand b : ScoreBand.values()) {
      Column cond = score.leq(b.upperInclusive());
      c = c == null ? when(cond, lit(b.name())) : c.when(cond, lit(b.name()));
    }
    return when(score.isNull(), lit(null).cast("string")).otherwise(c);
  }

  @Override
  public StructType transformSchema(StructType schema) {
    List<String> names = List.of(schema.fieldNames());
    for (ScorecardFeature f : table().features()) {
      if (!names.contains(f.feature())) {
        throw new IllegalArgumentException("the scorecard needs column '" + f.feature() + "', missing from the input");
      }
    }
    StructType out = schema.add(ScoreColumns.STATUS, DataTypes.StringType)
        .add(ScoreColumns.RAW_SCORE, DataTypes.DoubleType)
        .add(ScoreColumns.SCORE, DataTypes.IntegerType)
        .add(ScoreColumns.PD, DataTypes.DoubleType);
    for (Dimension d : Dimension.values()) {
      out = out.add(ScoreColumns.dimension(d), DataTypes.DoubleType);
    }
    for (int i = 1; i <= ScoreColumns.REASONS; i++) {
      out = out.add(ScoreColumns.reason(i), DataTypes.StringType);
    }
    return out.add(ScoreColumns.BAND, DataTypes.StringType);
  }

  @Override
  public ScorecardModel copy(ParamMap extra) {
    return copyValues(new ScorecardModel(uid), extra).setParent(parent());
  }

  public static MLReader<ScorecardModel> read() {
    return new DefaultParamsReader<>();
  }

  public static ScorecardModel load(String path) {
    return read().load(path);
  }
}
