package io.credit.scoring.binning;

import java.util.List;

/**
 * The binning chosen for one feature.
 *
 * @param feature     column name
 * @param categorical whether the feature is categorical (bins are category sets) or numeric (ranges)
 * @param trend       the bad-rate trend the regular bins follow
 * @param bins        regular bins in order, then special-value bins, then the missing bin
 * @param iv          information value of the feature (sum over its bins)
 */
public record FeatureBinning(String feature, boolean categorical, MonotonicTrend trend, List<Bin> bins, double iv) {

  /** Index of the bin that rows of an unseen category go to (categoricals): the bin holding the rare group. */
  public int otherBinIndex() {
    for (int i = 0; i < bins.size(); i++) {
      List<String> cats = bins.get(i).categories();
      if (cats != null && cats.contains(WoeBinning.OTHER_CATEGORY)) {
        return i;
      }
    }
    return -1;
  }
}
