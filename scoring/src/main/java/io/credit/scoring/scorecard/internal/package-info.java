/** Scorecard internals: feature selection by IV and correlation, the scoring column expressions. */
package io.credit.scoring.scorecard.internal;
