package io.credit.scoring.service;

import io.credit.scoring.evaluation.BinaryMetrics;
import io.credit.scoring.evaluation.OracleComparison;
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
 * @param csi         characteristic stability index per feature, bins against training bins (scorecards only)
 * @param kind        the model's kind ({@code scorecard}, {@code gbt})
 * @param oracle      AUC against the ground truth's on the same rows (null without a ground truth)
 */
public record BacktestResult(String model, LocalDate asOfDate, BinaryMetrics metrics, double[] aucCi95,
    Map<String, BandStats> bands, List<Decile> calibration, Double scorePsi, Map<String, Double> csi,
    String kind, OracleComparison oracle) {

  /** Rows, bads and bad rate in one score band. */
  public record BandStats(long rows, long bads, double badRate) {}

  /** One decile of predicted risk. */
  public record Decile(int decile, long rows, double predicted, double observed) {}
}
