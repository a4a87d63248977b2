/**
 * Plain Java services the commands and the nightly job call: train and register a scorecard from a
 * labelled feature table, score a feature snapshot into the {@code scores} table, backtest model
 * versions into the {@code backtests} table.
 */
package io.credit.scoring.service;
