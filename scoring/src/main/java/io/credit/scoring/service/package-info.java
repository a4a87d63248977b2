/**
 * Plain Java services the commands and the nightly job call: train and register a scorecard (or the
 * GBT challenger) from a labelled feature table, score a feature snapshot into the {@code scores}
 * table, backtest scorecard and GBT versions (optionally against a generator's ground truth) into the
 * {@code backtests} table.
 */
package io.credit.scoring.service;
