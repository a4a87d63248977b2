/**
 * Credit scoring: interpretable scorecards (optimal binning, WOE, logistic regression, points
 * scaled onto 350–950) as Spark ML stages, a GBT challenger, the model registry, scoring and
 * backtesting services, and their commands.
 */
package io.credit.scoring;
