package io.credit.scoring.service;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credit.core.model.Dimension;
import io.credit.core.model.ScoreBand;
import io.credit.scoring.evaluation.BinaryMetrics;
import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.registry.NewModel;
import io.credit.scoring.scorecard.ScoreColumns;
import io.credit.scoring.scorecard.Scorecard;
import io.credit.scoring.scorecard.ScorecardModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.ml.param.ParamPair;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Trains a scorecard on a labelled feature table (the feature store's {@code customer_id, as_of_date,
 * <features>} plus a label column, 1 = bad), saves it under the models folder, and registers it as a
 * challenger with its hyper-parameters, metrics (in-sample AUC/KS/Gini and the training score-band
 * counts used later for PSI), provenance and training-data hash.
 */
public final class TrainingService {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ModelRegistry registry;
  private final Path modelsDir;

  public TrainingService(ModelRegistry registry, Path modelsDir) {
    this.registry = registry;
    this.modelsDir = modelsDir;
  }

  /** A training request. {@code dimensions} and {@code descriptions} come from the feature catalogue. */
  public record Request(String name, String featureSetVersion, List<LocalDate> asOfDates, String labelCol,
      Map<String, Dimension> dimensions, Map<String, String> descriptions, String insufficientDataRule) {}

  public ModelRecord train(Dataset<Row> labelled, Request req) {
    List<String> features = new ArrayList<>();
    for (String c : labelled.columns()) {
      if (!c.equals("customer_id") && !c.equals("as_of_date") && !c.equals(req.labelCol())) {
        features.add(c);
      }
    }
    Scorecard estimator = new Scorecard().setNumericCols(features.toArray(String[]::new))
        .setLabelCol(req.labelCol()).setDimensions(req.dimensions()).setDescriptions(req.descriptions())
        .setInsufficientDataRule(req.insufficientDataRule());
    ScorecardModel model = estimator.fit(labelled);
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    Path artifact = modelsDir.resolve(io.credit.scoring.registry.ModelNames.requireValid(req.name())).resolve(stamp);
    try {
      model.write().overwrite().save(artifact.resolve("model").toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the model to " + artifact, e);
    }
    model.table().write(artifact);

    Dataset<Row> scored = model.transform(labelled).where(col(ScoreColumns.STATUS).equalTo(ScoreColumns.SCORED));
    BinaryMetrics m = BinaryMetrics.of(scored, ScoreColumns.PD, req.labelCol());
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("in_sample", m);
    Map<String, Long> bands = new LinkedHashMap<>();
    for (ScoreBand b : ScoreBand.values()) {
      bands.put(b.name(), 0L);
    }
    scored.groupBy(ScoreColumns.BAND).count().collectAsList().forEach(r -> bands.put(r.getString(0), r.getLong(1)));
    metrics.put("band_counts", bands);
    metrics.put("features", model.table().features().size());

    List<LocalDate> dates = req.asOfDates().stream().sorted().toList();
    return registry.register(new NewModel(req.name(), "scorecard", dates.isEmpty() ? null : dates.get(0),
        dates.isEmpty() ? null : dates.get(dates.size() - 1),
        dates.stream().map(LocalDate::toString).collect(Collectors.joining(",")), req.featureSetVersion(),
        json(hyperParameters(estimator)), json(metrics),
        json(Provenance.describe(labelled.sparkSession().version())), Provenance.dataHash(labelled),
        artifact.resolve("model").toString()));
  }

  /** Every parameter of the estimator (set or default), by name. */
  static Map<String, Object> hyperParameters(Scorecard estimator) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (ParamPair<?> p : estimator.extractParamMap().toList()) {
      if (!p.param().name().endsWith("Json")) {
        Object v = p.value();
        out.put(p.param().name(), v instanceof double[] d ? d : v instanceof String[] s ? s : v.toString());
      }
    }
    return new java.util.TreeMap<>(out);
  }

  static String json(Object o) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
