package io.credit.reports.read;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One registered model version (a row of {@code models}); metrics, parameters and provenance are JSON. */
public record ModelRow(String modelName, int version, String kind, String stage, LocalDateTime createdAt,
    LocalDate trainFrom, LocalDate trainTo, String asOfDates, String featureSetVersion, String hyperParameters,
    String metrics, String provenance, String trainingDataHash, String artifactPath, LocalDateTime stageChangedAt) {

  /** How the registry and the audit log name this version ({@code name:version}). */
  public String ref() {
    return modelName + ":" + version;
  }
}
