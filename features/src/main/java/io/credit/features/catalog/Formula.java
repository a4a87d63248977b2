package io.credit.features.catalog;

import java.io.Serializable;

/** How a feature is computed from one customer's inputs (a pure function: same inputs, same bits). */
@FunctionalInterface
public interface Formula extends Serializable {
  double apply(FeatureInputs in);
}
