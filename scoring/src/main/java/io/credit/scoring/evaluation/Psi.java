package io.credit.scoring.evaluation;

/**
 * Population stability index between two distributions over the same buckets:
 * {@code Σ (a − e) · ln(a / e)} on shares; empty buckets count as a share of 0.0001. Used for the
 * score (PSI) and for each feature's bins (CSI). Below 0.1 stable, 0.1–0.25 drifting, above 0.25 shifted.
 */
public final class Psi {
  private static final double FLOOR = 1e-4;

  private Psi() {}

  public static double of(double[] expectedCounts, double[] actualCounts) {
    if (expectedCounts.length != actualCounts.length) {
      throw new IllegalArgumentException("PSI needs the same buckets on both sides");
    }
    double te = 0;
    double ta = 0;
    for (int i = 0; i < expectedCounts.length; i++) {
      te += expectedCounts[i];
      ta += actualCounts[i];
    }
    if (te == 0 || ta == 0) {
      return Double.NaN;
    }
    double psi = 0;
    for (int i = 0; i < expectedCounts.length; i++) {
      double e = Math.max(expectedCounts[i] / te, FLOOR);
      double a = Math.max(actualCounts[i] / ta, FLOOR);
      psi += (a - e) * Math.log(a / e);
    }
    return psi;
  }
}
