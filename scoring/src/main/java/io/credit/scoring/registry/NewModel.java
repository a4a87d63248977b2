package io.credit.scoring.registry;

import java.time.LocalDate;

/** What a training run registers; the registry assigns the version and the challenger stage. */
public record NewModel(String name, String kind, LocalDate trainFrom, LocalDate trainTo, String asOfDates,
    String featureSetVersion, String hyperParameters, String metrics, String provenance, String trainingDataHash,
    String artifactPath) {}
