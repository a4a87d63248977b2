package io.credit.scoring.challenger;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.GBTClassificationModel;
import org.apache.spark.ml.classification.GBTClassifier;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.param.ParamPair;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Gradient-boosted trees challenger (MLlib {@link GBTClassifier}) on the same raw columns as the
 * scorecard: missing numeric values become a sentinel below every real value (trees split it off),
 * categories are indexed ({@link StringIndexer}, unseen ones kept as their own index). A plain Spark
 * ML {@link PipelineModel}, saved and loaded as such.
 */
public final class GbtChallenger implements RiskModel {
  static final double MISSING = -1e12;

  private final PipelineModel model;

  private GbtChallenger(PipelineModel model) {
    this.model = model;
  }

  public static GbtChallenger fit(Dataset<Row> train, List<String> numeric, List<String> categorical, String label) {
    return fit(train, numeric, categorical, label, GbtSettings.defaults());
  }

  public static GbtChallenger fit(Dataset<Row> train, List<String> numeric, List<String> categorical, String label,
      GbtSettings settings) {
    List<PipelineStage> stages = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT *");
    for (String f : numeric) {
      sql.append(", coalesce(nanvl(`").append(f).append("`, ").append(MISSING).append("), ").append(MISSING)
          .append(") AS `").append(f).append("__gbt`");
      inputs.add(f + "__gbt");
    }
    stages.add(new SQLTransformer().setStatement(sql + " FROM __THIS__"));
    int maxCategories = 2;
    for (String f : categorical) {
      stages.add(new StringIndexer().setInputCol(f).setOutputCol(f + "__idx").setHandleInvalid("keep"));
      inputs.add(f + "__idx");
      maxCategories = Math.max(maxCategories, (int) train.select(col(f)).distinct().count() + 2);
    }
    stages.add(new VectorAssembler().setInputCols(inputs.toArray(String[]::new)).setOutputCol("__gbt_features"));
    stages.add(new GBTClassifier().setFeaturesCol("__gbt_features").setLabelCol(label)
        .setMaxIter(settings.trees()).setMaxDepth(settings.maxDepth()).setStepSize(settings.stepSize())
        .setSubsamplingRate(settings.subsamplingRate()).setSeed(settings.seed())
        .setMaxBins(Math.min(1024, Math.max(32, maxCategories)))
        .setProbabilityCol("__gbt_probability").setRawPredictionCol("__gbt_raw").setPredictionCol("__gbt_prediction"));
    return new GbtChallenger(new Pipeline().setStages(stages.toArray(PipelineStage[]::new)).fit(train));
  }

  public static GbtChallenger load(String path) {
    return new GbtChallenger(PipelineModel.load(path));
  }

  /** Every parameter of the fitted {@link GBTClassificationModel} (set or default), by name. */
  public Map<String, String> hyperParameters() {
    GBTClassificationModel gbt = (GBTClassificationModel) model.stages()[model.stages().length - 1];
    Map<String, String> out = new TreeMap<>();
    for (ParamPair<?> p : gbt.extractParamMap().toList()) {
      out.put(p.param().name(), String.valueOf(p.value()));
    }
    out.put("trees", Integer.toString(gbt.getNumTrees()));
    return out;
  }

  @Override
  public Dataset<Row> predict(Dataset<Row> rows) {
    return model.transform(rows).withColumn("pd",
        org.apache.spark.ml.functions.vector_to_array(col("__gbt_probability"), "float64").getItem(1));
  }

  @Override
  public void save(String path) {
    try {
      model.write().overwrite().save(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
