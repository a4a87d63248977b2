package io.credit.scoring.scorecard;

import io.credit.scoring.binning.FeatureBinning;
import java.util.List;

/**
 * One feature of a fitted scorecard.
 *
 * @param feature     column name
 * @param dimension   the score dimension it feeds ({@code io.credit.core.model.Dimension} name), or null
 * @param description plain-language text used in reason codes, or null
 * @param coefficient logistic-regression coefficient on its WOE (negative: higher WOE, lower risk)
 * @param binning     its bins with counts, WOE and IV
 * @param points      points of each bin, indexed like {@code binning.bins()}
 */
public record ScorecardFeature(String feature, String dimension, String description, double coefficient,
    FeatureBinning binning, List<Double> points) {

  public double iv() {
    return binning.iv();
  }

  public double maxPoints() {
    return points.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  public double minPoints() {
    return points.stream().mapToDouble(Double::doubleValue).min().orElse(0);
  }

  /** The reason-code text for a row that falls in bin {@code i}. */
  public String reason(int i) {
    if (description != null && !description.isBlank()) {
      return description;
    }
    return feature + " " + binning.bins().get(i).label();
  }
}
