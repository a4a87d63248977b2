package io.credit.scoring.binning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.scoring.binning.internal.OptimalBinMerger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OptimalBinMergerTest {
  // ten fine bins, bad rate rising overall but not monotonically
  static final long[] GOODS = {90, 85, 88, 80, 70, 75, 60, 50, 55, 30};
  static final long[] BADS = {5, 8, 6, 12, 20, 15, 30, 40, 35, 60};

  @Test
  void ascendingTrendHoldsAndEveryGroupMeetsTheConstraints() {
    long g = sum(GOODS);
    long b = sum(BADS);
    OptimalBinMerger.Result r = new OptimalBinMerger(100, 10, 1, 6).merge(GOODS, BADS, g, b, MonotonicTrend.ASCENDING);
    assertTrue(r.groups().size() >= 2 && r.groups().size() <= 6, "groups " + r.groups().size());
    double previous = -1;
    int expectedStart = 0;
    for (int[] grp : r.groups()) {
      assertEquals(expectedStart, grp[0], "groups are contiguous");
      expectedStart = grp[1];
      long gg = 0;
      long bb = 0;
      for (int i = grp[0]; i < grp[1]; i++) {
        gg += GOODS[i];
        bb += BADS[i];
      }
      assertTrue(gg + bb >= 100, "min count");
      assertTrue(bb >= 10, "min bads");
      double rate = (double) bb / (gg + bb);
      assertTrue(rate > previous, "bad rate strictly ascending");
      previous = rate;
    }
    assertEquals(GOODS.length, expectedStart, "groups cover every fine bin");
  }

  @Test
  void autoPicksTheDirectionOfTheData() {
    OptimalBinMerger m = new OptimalBinMerger(50, 5, 1, 8);
    assertEquals(MonotonicTrend.ASCENDING, m.merge(GOODS, BADS, sum(GOODS), sum(BADS), MonotonicTrend.AUTO).trend());
    long[] revG = reverse(GOODS);
    long[] revB = reverse(BADS);
    assertEquals(MonotonicTrend.DESCENDING, m.merge(revG, revB, sum(revG), sum(revB), MonotonicTrend.AUTO).trend());
  }

  @Test
  void dynamicProgrammeFindsTheSameOptimumAsExhaustiveSearch() {
    Random rnd = new Random(7);
    for (int trial = 0; trial < 30; trial++) {
      int n = 7;
      long[] g = new long[n];
      long[] b = new long[n];
      for (int i = 0; i < n; i++) {
        g[i] = 20 + rnd.nextInt(60);
        b[i] = 1 + rnd.nextInt(25);
      }
      for (MonotonicTrend t : List.of(MonotonicTrend.ASCENDING, MonotonicTrend.DESCENDING, MonotonicTrend.NONE)) {
        OptimalBinMerger.Result r = new OptimalBinMerger(60, 8, 1, 4).merge(g, b, sum(g), sum(b), t);
        double best = bruteForce(g, b, 60, 8, 4, t);
        if (best == Double.NEGATIVE_INFINITY) {
          assertEquals(1, r.groups().size(), "infeasible: one group");
        } else {
          assertEquals(best, r.iv(), 1e-12, "trial " + trial + " " + t);
        }
      }
    }
  }

  private static double bruteForce(long[] g, long[] b, long minCount, long minBads, int maxBins, MonotonicTrend t) {
    int n = g.length;
    long tg = sum(g);
    long tb = sum(b);
    double best = Double.NEGATIVE_INFINITY;
    for (int mask = 0; mask < 1 << (n - 1); mask++) { // bit i set: cut after fine bin i
      if (Integer.bitCount(mask) + 1 > maxBins) {
        continue;
      }
      double iv = 0;
      double prevRate = Double.NaN;
      boolean ok = true;
      int start = 0;
      for (int i = 0; i < n && ok; i++) {
        if (i == n - 1 || (mask >> i & 1) == 1) {
          long gg = 0;
          long bb = 0;
          for (int k = start; k <= i; k++) {
            gg += g[k];
            bb += b[k];
          }
          double rate = (double) bb / (gg + bb);
          ok = gg + bb >= minCount && bb >= minBads && gg >= 1
              && (Double.isNaN(prevRate) || t == MonotonicTrend.NONE
                  || (t == MonotonicTrend.ASCENDING ? rate > prevRate : rate < prevRate));
          iv += WoeMath.iv(gg, bb, tg, tb);
          prevRate = rate;
          start = i + 1;
        }
      }
      if (ok) {
        best = Math.max(best, iv);
      }
    }
    return best;
  }

  private static long sum(long[] a) {
    long s = 0;
    for (long v : a) {
      s += v;
    }
    return s;
  }

  private static long[] reverse(long[] a) {
    long[] r = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[a.length - 1 - i];
    }
    return r;
  }
}
