package io.credit.scoring.evaluation;

import java.util.List;

/**
 * Out-of-sample evaluation of a model.
 *
 * @param protocol e.g. {@code 5-fold stratified CV} or {@code holdout test file}
 * @param folds    metrics per fold (one entry for a holdout)
 * @param mean     mean of the folds' metrics
 */
public record EvaluationResult(String protocol, List<BinaryMetrics> folds, BinaryMetrics mean) {}
