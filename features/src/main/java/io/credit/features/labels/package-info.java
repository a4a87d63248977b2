/** Outcome labels for training and backtesting (bad = 90+ days past due within 12 months), and the DPD rule. */
package io.credit.features.labels;
