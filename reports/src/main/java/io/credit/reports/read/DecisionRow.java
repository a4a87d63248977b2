package io.credit.reports.read;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One eligibility decision (a row of {@code eligibility}); {@code reasons} are newline-separated. */
public record DecisionRow(String customerId, String product, String decision, BigDecimal creditLimit,
    BigDecimal depositWaived, Integer score, String band, String scoreStatus, String modelName, String modelVersion,
    String policyVersion, LocalDate runDate, String reasons) {}
