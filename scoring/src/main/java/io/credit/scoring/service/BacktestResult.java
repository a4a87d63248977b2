package io.credit.scoring.service;

import io.credit.scoring.evaluation.BinaryMetrics;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Out-of-time evaluation of one model version on one as-of date.
 *
 * @param aucCi95     bootstrap 95% confidence interval of the AUC (low, high)
 * @param bands       counts, bads and bad rate per score band
 * @param calibration predicted vs observed bad rate per decile of predicted risk (decile 1 = safest)
 * @param scorePsi    PSI of the score bands against the training population (null when unknown)
 * @param csi         characteristic stability index per feature, bins against training bins
 */
public record BacktestResult(String model, LocalDate asOfDate, BinaryMetrics metrics, double[] aucCi95,
    Map<String, BandStats> bands, List<Decile> calibration, Double scorePsi, Map<String, Double> csi) {

  /** Rows, bads and bad rate in one score band. */
  public record BandStats(long rows, long bads, double badRate) {}

  /** One decile of predicted risk. */
  public record Decile(int decile, long rows, double predicted, double observed) {}
}
