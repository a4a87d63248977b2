package io.credit.reports.page;

/**
 * Population stability index between two distributions over the same bins, with each share floored
 * at 0.0001 so an empty bin does not make it infinite; and its plain verdict.
 */
public final class Psi {
  private static final double FLOOR = 1e-4;

  private Psi() {}

  /** PSI of {@code actual} against {@code expected} (counts per bin); NaN when either is empty. */
  public static double of(long[] expected, long[] actual) {
    double[] c = contributions(expected, actual);
    double sum = 0;
    for (double v : c) {
      sum += v;
    }
    return sum;
  }

  /** Each bin's term of the sum. */
  public static double[] contributions(long[] expected, long[] actual) {
    long te = 0;
    long ta = 0;
    for (int i = 0; i < expected.length; i++) {
      te += expected[i];
      ta += actual[i];
    }
    double[] out = new double[expected.length];
    if (te == 0 || ta == 0) {
      java.util.Arrays.fill(out, Double.NaN);
      return out;
    }
    for (int i = 0; i < expected.length; i++) {
      double e = Math.max(FLOOR, (double) expected[i] / te);
      double a = Math.max(FLOOR, (double) actual[i] / ta);
      out[i] = (a - e) * Math.log(a / e);
    }
    return out;
  }

  /** stable below 0.1, watch below 0.25, shifted from 0.25; "no comparison" when NaN. */
  public static String verdict(double psi) {
    if (Double.isNaN(psi)) {
      return "none";
    }
    return psi < 0.1 ? "stable" : psi < 0.25 ? "watch" : "shifted";
  }
}
