/**
 * The scorecard as Spark ML stages: {@link io.credit.scoring.scorecard.Scorecard} (estimator: optimal
 * binning, WOE, selection by IV and correlation, MLlib logistic regression, points-to-double-odds
 * scaling) and {@link io.credit.scoring.scorecard.ScorecardModel} (score 350–950, band, five dimension
 * sub-scores, four reason codes, status). The fitted card is a readable
 * {@link io.credit.scoring.scorecard.ScorecardTable}.
 */
package io.credit.scoring.scorecard;
