package io.credit.scoring.binning;

/**
 * Constraints of the optimal binning.
 *
 * @param fineBins          number of quantile bins to start from (numeric features)
 * @param minBinShare       each merged bin holds at least this share of the rows (e.g. 0.05)
 * @param minBadsPerBin     each merged bin holds at least this many bads (and one good)
 * @param maxBins           at most this many regular bins per feature
 * @param trend             bad-rate trend of numeric features
 * @param specialValues     numeric values that get bins of their own (e.g. -1 "not applicable")
 * @param rareCategoryShare categories rarer than this share are pooled into one group, which also receives
 *                          categories unseen in training
 */
public record BinningSettings(int fineBins, double minBinShare, int minBadsPerBin, int maxBins,
    MonotonicTrend trend, double[] specialValues, double rareCategoryShare) {

  public BinningSettings {
    if (fineBins < 2) {
      throw new IllegalArgumentException("fineBins must be at least 2, got " + fineBins);
    }
    if (minBinShare < 0 || minBinShare >= 0.5) {
      throw new IllegalArgumentException("minBinShare must be in [0, 0.5), got " + minBinShare);
    }
    if (minBadsPerBin < 0) {
      throw new IllegalArgumentException("minBadsPerBin must be >= 0, got " + minBadsPerBin);
    }
    if (maxBins < 1) {
      throw new IllegalArgumentException("maxBins must be at least 1, got " + maxBins);
    }
    specialValues = specialValues == null ? new double[0] : specialValues.clone();
  }

  public static BinningSettings defaults() {
    return new BinningSettings(20, 0.05, 5, 8, MonotonicTrend.AUTO, new double[0], 0.01);
  }
}
