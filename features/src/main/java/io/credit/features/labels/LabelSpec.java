package io.credit.features.labels;

import io.credit.core.cli.BadInputException;

/**
 * What "bad" means for a label: reaching {@code dpdThreshold} days past due within
 * {@code horizonMonths} months after the as-of date.
 */
public record LabelSpec(int dpdThreshold, int horizonMonths) {
  public static final LabelSpec DEFAULT = new LabelSpec(90, 12);

  public LabelSpec {
    if (dpdThreshold < 1 || dpdThreshold > 720) {
      throw new BadInputException("label DPD threshold must be 1-720 days, got " + dpdThreshold);
    }
    if (horizonMonths < 1 || horizonMonths > 60) {
      throw new BadInputException("label horizon must be 1-60 months, got " + horizonMonths);
    }
  }
}
