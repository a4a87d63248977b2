package io.credit.scoring.binning.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One pass over the data counting goods and bads per fine bin of every feature at once: numeric
 * features by binary search in their quantile cut points (then one slot per special value, then one
 * for missing), categorical features per category (plus missing). Input rows: the numeric columns
 * (double), the categorical columns (string), then the label (double, 1 = bad).
 */
public final class FineBinCounter implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double[][] cuts;
  private final double[] specials;
  private final int categoricalCount;

  public FineBinCounter(double[][] cuts, double[] specials, int categoricalCount) {
    this.cuts = cuts;
    this.specials = specials;
    this.categoricalCount = categoricalCount;
  }

  /** Counts per feature; numeric slot layout: regular bins (cuts + 1), specials, missing. */
  public static final class Counts implements Serializable {
    private static final long serialVersionUID = 1L;
    public final long[][] numericGoods;
    public final long[][] numericBads;
    public final List<Map<String, long[]>> categories;
    public final long[] categoricalMissing;
    public final long[] categoricalMissingBads;
    public long rows;
    public long bads;

    Counts(double[][] cuts, int specials, int categoricalCount) {
      numericGoods = new long[cuts.length][];
      numericBads = new long[cuts.length][];
      for (int f = 0; f < cuts.length; f++) {
        numericGoods[f] = new long[cuts[f].length + 1 + specials + 1];
        numericBads[f] = new long[cuts[f].length + 1 + specials + 1];
      }
      categories = new ArrayList<>();
      for (int f = 0; f < categoricalCount; f++) {
        categories.add(new HashMap<>());
      }
      categoricalMissing = new long[categoricalCount];
      categoricalMissingBads = new long[categoricalCount];
    }

    Counts merge(Counts o) {
      for (int f = 0; f < numericGoods.length; f++) {
        for (int i = 0; i < numericGoods[f].length; i++) {
          numericGoods[f][i] += o.numericGoods[f][i];
          numericBads[f][i] += o.numericBads[f][i];
        }
      }
      for (int f = 0; f < categories.size(); f++) {
        Map<String, long[]> mine = categories.get(f);
        o.categories.get(f).forEach((k, v) -> {
          long[] c = mine.computeIfAbsent(k, x -> new long[2]);
          c[0] += v[0];
          c[1] += v[1];
        });
        categoricalMissing[f] += o.categoricalMissing[f];
        categoricalMissingBads[f] += o.categoricalMissingBads[f];
      }
      rows += o.rows;
      bads += o.bads;
      return this;
    }
  }

  public Counts count(Dataset<Row> rows) {
    return rows.javaRDD()
        .mapPartitions((Iterator<Row> it) -> List.of(countPartition(it)).iterator())
        .reduce(Counts::merge);
  }

  /** Slot of a numeric value: regular bin index, special slot, or missing slot. */
  public int slot(int feature, Double value) {
    double[] c = cuts[feature];
    if (value == null || value.isNaN()) {
      return c.length + 1 + specials.length;
    }
    double v = value;
    for (int s = 0; s < specials.length; s++) {
      if (v == specials[s]) {
        return c.length + 1 + s;
      }
    }
    int lo = 0;
    int hi = c.length;
    while (lo < hi) { // number of cuts <= v
      int mid = (lo + hi) >>> 1;
      if (c[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private Counts countPartition(Iterator<Row> it) {
    Counts counts = new Counts(cuts, specials.length, categoricalCount);
    int numeric = cuts.length;
    int labelIndex = numeric + categoricalCount;
    while (it.hasNext()) {
      Row row = it.next();
      boolean bad = !row.isNullAt(labelIndex) && row.getDouble(labelIndex) >= 0.5;
      counts.rows++;
      if (bad) {
        counts.bads++;
      }
      for (int f = 0; f < numeric; f++) {
        int s = slot(f, row.isNullAt(f) ? null : row.getDouble(f));
        if (bad) {
          counts.numericBads[f][s]++;
        } else {
          counts.numericGoods[f][s]++;
        }
      }
      for (int f = 0; f < categoricalCount; f++) {
        int i = numeric + f;
        if (row.isNullAt(i)) {
          counts.categoricalMissing[f]++;
          if (bad) {
            counts.categoricalMissingBads[f]++;
          }
          continue;
        }
        long[] c = counts.categories.get(f).computeIfAbsent(row.getString(i), k -> new long[2]);
        c[bad ? 1 : 0]++;
      }
    }
    return counts;
  }
}
