package io.credit.scoring.registry;

/**
 * What a challenger must show to replace the champion: on the latest as-of date both were backtested on,
 * an AUC at least {@code aucMargin} above the champion's, and a score PSI (distribution over score
 * bands) against the champion's population of at most {@code maxPsi}.
 */
public record PromotionGates(double aucMargin, double maxPsi) {
  public static PromotionGates defaults() {
    return new PromotionGates(0.005, 0.25);
  }
}
