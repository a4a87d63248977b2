package io.credit.scoring.service;

import static org.apache.spark.sql.functions.col;

import io.credit.core.model.ScoreBand;
import io.credit.scoring.challenger.GbtChallenger;
import io.credit.scoring.challenger.GbtSettings;
import io.credit.scoring.evaluation.BinaryMetrics;
import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.registry.NewModel;
import io.credit.scoring.scorecard.ScoreColumns;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Trains the GBT challenger ({@link GbtChallenger}) on a labelled feature table shaped like the feature
 * store ({@code customer_id, as_of_date, <double features>, <label>}, the same table the scorecard trains
 * on), saves it (Spark ML) under {@code <models>/<name>/<stamp>/model} and registers it as a challenger
 * of kind {@code gbt}: hyper-parameters (the settings, every GBTClassifier parameter, the features and the
 * insufficient-data rule), in-sample metrics and training score-band counts on the 350–950 scale
 * (for PSI later), provenance and the training-data hash.
 */
public final class GbtTrainingService {
  /** The registry's {@code kind} of these models. */
  public static final String KIND = "gbt";

  private final ModelRegistry registry;
  private final Path modelsDir;

  public GbtTrainingService(ModelRegistry registry, Path modelsDir) {
    this.registry = registry;
    this.modelsDir = modelsDir;
  }

  /** A GBT training request. */
  public record Request(String name, String featureSetVersion, List<LocalDate> asOfDates, String labelCol,
      String insufficientDataRule, GbtSettings settings) {}

  public ModelRecord train(Dataset<Row> labelled, Request req) {
    List<String> features = new ArrayList<>();
    for (String c : labelled.columns()) {
      if (!c.equals("customer_id") && !c.equals("as_of_date") && !c.equals(req.labelCol())) {
        features.add(c);
      }
    }
    Dataset<Row> train = labelled.withColumn(req.labelCol(), col(req.labelCol()).cast("double"));
    GbtChallenger model = GbtChallenger.fit(train, features, List.of(), req.labelCol(), req.settings());
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    Path artifact = modelsDir.resolve(req.name()).resolve(stamp).resolve("model");
    model.save(artifact.toString());

    Map<String, Object> hyper = new LinkedHashMap<>(req.settings().asMap());
    hyper.put(GbtScoring.RULE, req.insufficientDataRule() == null ? "" : req.insufficientDataRule());
    hyper.put("features", features);
    hyper.put("gbtClassifier", model.hyperParameters());
    NewModel draft = new NewModel(req.name(), KIND, null, null, null, req.featureSetVersion(),
        TrainingService.json(hyper), "{}", null, null, artifact.toString());
    // in-sample metrics through the same path a backtest takes (load from the registry record's artifact)
    Dataset<Row> scored = GbtScoring.apply(record(draft), labelled)
        .where(col(ScoreColumns.STATUS).equalTo(ScoreColumns.SCORED)).cache();
    Map<String, Object> metrics = new LinkedHashMap<>();
    try {
      metrics.put("in_sample", BinaryMetrics.of(scored, ScoreColumns.PD, req.labelCol()));
      Map<String, Long> bands = new LinkedHashMap<>();
      for (ScoreBand b : ScoreBand.values()) {
        bands.put(b.name(), 0L);
      }
      scored.groupBy(ScoreColumns.BAND).count().collectAsList().forEach(r -> bands.put(r.getString(0), r.getLong(1)));
      metrics.put("band_counts", bands);
    } finally {
      scored.unpersist();
    }
    metrics.put("features", features.size());
    metrics.put("score_scale", "pd mapped by PDO: 600 points at 50:1, 50 points to double the odds, 350-950");

    List<LocalDate> dates = req.asOfDates().stream().sorted().toList();
    return registry.register(new NewModel(req.name(), KIND, dates.isEmpty() ? null : dates.get(0),
        dates.isEmpty() ? null : dates.get(dates.size() - 1),
        dates.stream().map(LocalDate::toString).collect(Collectors.joining(",")), req.featureSetVersion(),
        draft.hyperParameters(), TrainingService.json(metrics),
        TrainingService.json(Provenance.describe(labelled.sparkSession().version())), Provenance.dataHash(labelled),
        artifact.toString()));
  }

  /** A not-yet-registered model seen as a record, to apply it before it has a version. */
  private static ModelRecord record(NewModel m) {
    return new ModelRecord(m.name(), 0, m.kind(), null, null, null, null, null, m.featureSetVersion(),
        m.hyperParameters(), m.metrics(), null, null, m.artifactPath(), null);
  }
}
