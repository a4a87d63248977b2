package io.credit.reports.page;

import java.util.ArrayList;
import java.util.List;

/**
 * ROC and KS curves from calibration deciles (decile 1 = safest): customers are taken riskiest
 * decile first; each cut-off gives the share of all bads and of all goods caught so far.
 */
final class Curves {
  private Curves() {}

  /** (share of goods, share of bads) at each decile cut-off, from (0,0) to (1,1). */
  static List<double[]> roc(List<BacktestDetails.Decile> deciles) {
    double[][] cum = cumulative(deciles);
    List<double[]> out = new ArrayList<>();
    out.add(new double[] {0, 0});
    for (double[] c : cum) {
      out.add(new double[] {c[2], c[1]});
    }
    return out;
  }

  /**
   * For each cut-off: population share, cumulative share of bads, cumulative share of goods.
   * Empty when the deciles have no bads or no goods.
   */
  static double[][] cumulative(List<BacktestDetails.Decile> deciles) {
    List<BacktestDetails.Decile> riskiest = new ArrayList<>(deciles);
    riskiest.sort((a, b) -> Integer.compare(b.decile(), a.decile()));
    double rows = 0;
    double bads = 0;
    for (BacktestDetails.Decile d : riskiest) {
      rows += d.rows();
      bads += d.rows() * d.observed();
    }
    double goods = rows - bads;
    if (rows == 0 || bads <= 0 || goods <= 0) {
      return new double[0][];
    }
    double[][] out = new double[riskiest.size()][];
    double r = 0;
    double b = 0;
    for (int i = 0; i < riskiest.size(); i++) {
      BacktestDetails.Decile d = riskiest.get(i);
      r += d.rows();
      b += d.rows() * d.observed();
      out[i] = new double[] {r / rows, b / bads, (r - b) / goods};
    }
    return out;
  }

  /** Largest gap between the cumulative bad and good shares (the KS statistic at decile resolution). */
  static double ks(List<BacktestDetails.Decile> deciles) {
    double best = 0;
    for (double[] c : cumulative(deciles)) {
      best = Math.max(best, c[1] - c[2]);
    }
    return best;
  }

  /** Area under a ROC polyline (trapezoids). */
  static double auc(List<double[]> roc) {
    double a = 0;
    for (int i = 1; i < roc.size(); i++) {
      a += (roc.get(i)[0] - roc.get(i - 1)[0]) * (roc.get(i)[1] + roc.get(i - 1)[1]) / 2;
    }
    return a;
  }
}
