package io.credit.scoring.evaluation;

/**
 * A model's AUC against the oracle's: the AUC the true probabilities of bad (a generator's ground truth)
 * reach on the same customers and labels, the best any model can expect on average.
 *
 * @param rows      customers compared (the backtest population)
 * @param modelAuc  AUC of the model's predictions
 * @param oracleAuc AUC of the true probabilities
 * @param ratio     {@code modelAuc / oracleAuc}
 */
public record OracleComparison(long rows, double modelAuc, double oracleAuc, double ratio) {

  /** Compares on the same rows: {@code modelPd[i]}, {@code truePd[i]} and {@code label[i]} (1 = bad) belong together. */
  public static OracleComparison of(double[] modelPd, double[] truePd, double[] label) {
    if (modelPd.length != truePd.length || truePd.length != label.length) {
      throw new IllegalArgumentException("model, oracle and labels must cover the same rows");
    }
    double model = BinaryMetrics.auc(modelPd, label);
    double oracle = BinaryMetrics.auc(truePd, label);
    return new OracleComparison(label.length, model, oracle, model / oracle);
  }
}
