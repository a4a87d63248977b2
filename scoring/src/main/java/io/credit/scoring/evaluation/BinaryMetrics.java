package io.credit.scoring.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Discrimination and calibration of a risk prediction against the outcome.
 *
 * @param rows  rows evaluated
 * @param bads  bads among them
 * @param auc   area under the ROC curve (ties count one half)
 * @param ks    Kolmogorov–Smirnov statistic between the bads' and the goods' predictions (commons-math3)
 * @param gini  {@code 2·AUC − 1}
 * @param brier mean squared error of the predicted probability of bad
 */
public record BinaryMetrics(long rows, long bads, double auc, double ks, double gini, double brier) {

  /** Metrics of {@code pd} (probability of bad, higher = riskier) against {@code label} (1 = bad). */
  public static BinaryMetrics of(double[] pd, double[] label) {
    int n = pd.length;
    List<Double> badScores = new ArrayList<>();
    List<Double> goodScores = new ArrayList<>();
    double brier = 0;
    for (int i = 0; i < n; i++) {
      boolean bad = label[i] >= 0.5;
      (bad ? badScores : goodScores).add(pd[i]);
      double e = pd[i] - (bad ? 1 : 0);
      brier += e * e;
    }
    if (badScores.isEmpty() || goodScores.isEmpty()) {
      throw new IllegalArgumentException("metrics need both goods and bads; got " + badScores.size() + " bads in "
          + n + " rows");
    }
    double auc = auc(pd, label);
    double ks = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(
        badScores.stream().mapToDouble(Double::doubleValue).toArray(),
        goodScores.stream().mapToDouble(Double::doubleValue).toArray());
    return new BinaryMetrics(n, badScores.size(), auc, ks, 2 * auc - 1, brier / n);
  }

  /** Collects the two columns and computes the metrics. */
  public static BinaryMetrics of(Dataset<Row> scored, String pdCol, String labelCol) {
    List<Row> rows = scored.select(pdCol, labelCol).collectAsList();
    double[] pd = new double[rows.size()];
    double[] label = new double[rows.size()];
    for (int i = 0; i < pd.length; i++) {
      pd[i] = rows.get(i).getDouble(0);
      label[i] = ((Number) rows.get(i).get(1)).doubleValue();
    }
    return of(pd, label);
  }

  /** Mann–Whitney AUC with mid-ranks for ties. */
  static double auc(double[] pd, double[] label) {
    int n = pd.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(pd[a], pd[b]));
    double rankSumBad = 0;
    long bads = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && pd[idx[j + 1]] == pd[idx[i]]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (label[idx[k]] >= 0.5) {
          rankSumBad += midRank;
          bads++;
        }
      }
      i = j + 1;
    }
    long goods = n - bads;
    return (rankSumBad - bads * (bads + 1) / 2.0) / ((double) bads * goods);
  }

  /** Mean of each metric over folds. */
  public static BinaryMetrics mean(List<BinaryMetrics> folds) {
    return new BinaryMetrics(folds.stream().mapToLong(BinaryMetrics::rows).sum(),
        folds.stream().mapToLong(BinaryMetrics::bads).sum(),
        folds.stream().mapToDouble(BinaryMetrics::auc).average().orElse(Double.NaN),
        folds.stream().mapToDouble(BinaryMetrics::ks).average().orElse(Double.NaN),
        folds.stream().mapToDouble(BinaryMetrics::gini).average().orElse(Double.NaN),
        folds.stream().mapToDouble(BinaryMetrics::brier).average().orElse(Double.NaN));
  }
}
