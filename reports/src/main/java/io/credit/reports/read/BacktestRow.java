package io.credit.reports.read;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One out-of-time backtest (a row of {@code backtests}); {@code details} is JSON with {@code bands}
 * (rows, bads, badRate per band), {@code calibration} (deciles), {@code csi} and optionally {@code roc}.
 */
public record BacktestRow(long id, LocalDateTime runAt, String modelName, int modelVersion, LocalDate asOfDate,
    long rowsEvaluated, long bads, Double auc, Double ks, Double gini, Double brier, Double scorePsi,
    String details) {

  public String ref() {
    return modelName + ":" + modelVersion;
  }
}
