package io.credit.scoring.registry;

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
}
