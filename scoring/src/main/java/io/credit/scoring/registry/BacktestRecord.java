package io.credit.scoring.registry;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One stored backtest (a row of {@code backtests}); {@code details} is JSON. */
public record BacktestRecord(long id, LocalDateTime runAt, String modelName, int modelVersion, LocalDate asOfDate,
    long rowsEvaluated, long bads, double auc, double ks, double gini, double brier, Double scorePsi,
    String details) {}
