/** Binning internals: the merge optimiser, the fine-bin counting pass and the Spark column expressions. */
package io.credit.scoring.binning.internal;
