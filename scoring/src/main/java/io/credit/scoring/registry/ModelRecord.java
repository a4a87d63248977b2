package io.credit.scoring.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A registered model version (a row of {@code models}).
 *
 * @param hyperParameters JSON object of the estimator's parameters
 * @param metrics         JSON object of the training/validation metrics
 * @param provenance      JSON object: library versions, git commit, host time, training-data hash
 * @param artifactPath    where the Spark ML model is saved
 */
public record ModelRecord(String name, int version, String kind, ModelStage stage, LocalDateTime createdAt,
    LocalDate trainFrom, LocalDate trainTo, String asOfDates, String featureSetVersion, String hyperParameters,
    String metrics, String provenance, String trainingDataHash, String artifactPath, LocalDateTime stageChangedAt) {

  public String id() {
    return name + ":" + version;
  }

  /**
   * This record with its artifact found under {@code modelsDir} when the path it was saved at no longer
   * exists: the registry keeps the path of training time, so a data directory that was moved, copied
   * or restored from a backup would otherwise point at the old place. The artifact keeps its
   * {@code <name>/<stamp>/model} layout under the models folder; unchanged when nothing is found there.
   */
  public ModelRecord locatedUnder(Path modelsDir) {
    if (artifactPath == null || Files.exists(Path.of(artifactPath))) {
      return this;
    }
    Path saved = Path.of(artifactPath);
    if (saved.getNameCount() < 3) {
      return this;
    }
    Path moved = modelsDir.resolve(saved.subpath(saved.getNameCount() - 3, saved.getNameCount()));
    if (!Files.exists(moved)) {
      return this;
    }
    return new ModelRecord(name, version, kind, stage, createdAt, trainFrom, trainTo, asOfDates, featureSetVersion,
        hyperParameters, metrics, provenance, trainingDataHash, moved.toString(), stageChangedAt);
  }
}
