package io.credit.reports.read;

import java.time.LocalDate;

/** One customer's score on one date (a row of {@code scores}); sub-scores are 0–100. */
public record ScoreRow(String customerId, LocalDate scoreDate, Integer score, String band, Double dimCreditHistory,
    Double dimBehaviour, Double dimAbilityToPay, Double dimIdentity, Double dimConnections, String reason1,
    String reason2, String reason3, String reason4, String status, String modelName, String modelVersion) {}
