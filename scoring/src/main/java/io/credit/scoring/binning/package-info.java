/**
 * Optimal binning and weight of evidence as Spark ML stages: {@link io.credit.scoring.binning.WoeBinning}
 * (estimator) fits one {@link io.credit.scoring.binning.FeatureBinning} per feature and returns a
 * {@link io.credit.scoring.binning.WoeBinningModel} that adds one WOE column per feature.
 */
package io.credit.scoring.binning;
