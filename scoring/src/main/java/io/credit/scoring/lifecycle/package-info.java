/**
 * The model lifecycle on the platform's own data: train on labelled feature snapshots, backtest out
 * of time, score with the champion; the {@code train}, {@code backtest} and {@code score} commands.
 */
package io.credit.scoring.lifecycle;
