package io.credit.features.catalog;

import io.credit.core.model.Dimension;
import java.util.Objects;

/**
 * One feature of the catalogue: what it measures, in which unit, over which window, what value it
 * takes when there is nothing to measure, and how it is computed from the job's per-customer state.
 *
 * @param name          column name in the feature store (snake case, window suffix such as {@code _90d})
 * @param dimension     the score dimension it feeds
 * @param windowDays    look-back window in days before the as-of date; {@code 0} when not windowed
 * @param unit          unit of the value (count, days, ratio, currency, bits, flag, …)
 * @param definition    how the value is computed, in words
 * @param missingValue  the value given when there is nothing to measure, and what it means
 * @param defaultValue  that value, also substituted for any NaN or null the expression yields
 * @param reasonPhrase  a short plain-language phrase usable as a reason code
 * @param formula       how it is computed (the job substitutes the default for NaN or infinity)
 */
public record FeatureDefinition(
    String name,
    Dimension dimension,
    int windowDays,
    String unit,
    String definition,
    String missingValue,
    double defaultValue,
    String reasonPhrase,
    Formula formula) {

  public FeatureDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(formula, "formula");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("feature name must be snake case: " + name);
    }
    if (Double.isNaN(defaultValue) || Double.isInfinite(defaultValue)) {
      throw new IllegalArgumentException("default of " + name + " must be finite");
    }
  }

  /** The value for one customer, with NaN and infinities replaced by the default. */
  public double valueFor(FeatureInputs in) {
    double v = formula.apply(in);
    return Double.isNaN(v) || Double.isInfinite(v) ? defaultValue : v;
  }

  /** The window in words, e.g. "90 days", or "–" when the feature is not windowed. */
  public String windowLabel() {
    return windowDays == 0 ? "–" : windowDays + " days";
  }
}
