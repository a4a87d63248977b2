package io.credit.scoring.binning.internal;

import io.credit.scoring.binning.Bin;
import io.credit.scoring.binning.BinKind;
import io.credit.scoring.binning.BinningSettings;
import io.credit.scoring.binning.FeatureBinning;
import io.credit.scoring.binning.MonotonicTrend;
import io.credit.scoring.binning.WoeBinning;
import io.credit.scoring.binning.WoeMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns fine-bin counts into the optimal {@link FeatureBinning} of one feature. */
public final class BinningBuilder {
  private final BinningSettings settings;
  private final long totalGoods;
  private final long totalBads;
  private final OptimalBinMerger merger;

  public BinningBuilder(BinningSettings settings, long rows, long bads) {
    this.settings = settings;
    this.totalBads = Math.max(bads, 1);
    this.totalGoods = Math.max(rows - bads, 1);
    long minCount = Math.max(1, (long) Math.ceil(settings.minBinShare() * rows));
    this.merger = new OptimalBinMerger(minCount, settings.minBadsPerBin(), 1, settings.maxBins());
  }

  /** Numeric feature: fine slots are the regular bins (cuts + 1), then specials, then missing. */
  public FeatureBinning numeric(String feature, double[] cuts, long[] goods, long[] bads) {
    int regular = cuts.length + 1;
    long[] g = java.util.Arrays.copyOf(goods, regular);
    long[] b = java.util.Arrays.copyOf(bads, regular);
    OptimalBinMerger.Result result = merger.merge(g, b, totalGoods, totalBads, settings.trend());
    List<Bin> bins = new ArrayList<>();
    for (int[] group : result.groups()) {
      long gg = 0;
      long bb = 0;
      for (int i = group[0]; i < group[1]; i++) {
        gg += g[i];
        bb += b[i];
      }
      Double lower = group[0] == 0 ? null : cuts[group[0] - 1];
      Double upper = group[1] == regular ? null : cuts[group[1] - 1];
      bins.add(bin(BinKind.RANGE, rangeLabel(lower, upper), lower, upper, null, null, gg, bb));
    }
    double[] specials = settings.specialValues();
    for (int s = 0; s < specials.length; s++) {
      bins.add(bin(BinKind.SPECIAL, "special " + number(specials[s]), null, null, null, specials[s],
          goods[regular + s], bads[regular + s]));
    }
    int m = regular + specials.length;
    bins.add(bin(BinKind.MISSING, "missing", null, null, null, null, goods[m], bads[m]));
    return finish(feature, false, result.trend(), bins);
  }

  /** Categorical feature: categories rarer than the rare share are pooled, the rest ordered by bad rate and merged. */
  public FeatureBinning categorical(String feature, Map<String, long[]> counts, long missingRows, long missingBads,
      long rows) {
    long rareLimit = (long) Math.ceil(settings.rareCategoryShare() * rows);
    List<String> other = new ArrayList<>();
    long[] otherCounts = new long[2];
    List<Map.Entry<String, long[]>> kept = new ArrayList<>();
    counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      long n = e.getValue()[0] + e.getValue()[1];
      if (n < rareLimit) {
        other.add(e.getKey());
        otherCounts[0] += e.getValue()[0];
        otherCounts[1] += e.getValue()[1];
      } else {
        kept.add(e);
      }
    });
    List<List<String>> members = new ArrayList<>();
    List<long[]> groupCounts = new ArrayList<>();
    for (Map.Entry<String, long[]> e : kept) {
      members.add(new ArrayList<>(List.of(e.getKey())));
      groupCounts.add(e.getValue());
    }
    other.add(0, WoeBinning.OTHER_CATEGORY);
    boolean otherHasRows = otherCounts[0] + otherCounts[1] > 0;
    if (otherHasRows) {
      members.add(other);
      groupCounts.add(otherCounts);
    }
    Integer[] order = new Integer[members.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> smoothedRate(groupCounts.get(i)))
        .thenComparing(i -> members.get(i).get(0)));
    long[] g = new long[order.length];
    long[] b = new long[order.length];
    for (int k = 0; k < order.length; k++) {
      g[k] = groupCounts.get(order[k])[0];
      b[k] = groupCounts.get(order[k])[1];
    }
    OptimalBinMerger.Result result = merger.merge(g, b, totalGoods, totalBads, MonotonicTrend.NONE);
    List<List<String>> binMembers = new ArrayList<>();
    List<long[]> binCounts = new ArrayList<>();
    for (int[] group : result.groups()) {
      List<String> cats = new ArrayList<>();
      long[] c = new long[2];
      for (int k = group[0]; k < group[1]; k++) {
        cats.addAll(members.get(order[k]));
        c[0] += g[k];
        c[1] += b[k];
      }
      binMembers.add(cats);
      binCounts.add(c);
    }
    if (!otherHasRows) {
      // unseen and rare categories go to the largest bin
      int largest = 0;
      for (int i = 1; i < binCounts.size(); i++) {
        if (binCounts.get(i)[0] + binCounts.get(i)[1] > binCounts.get(largest)[0] + binCounts.get(largest)[1]) {
          largest = i;
        }
      }
      if (binMembers.isEmpty()) {
        binMembers.add(new ArrayList<>());
        binCounts.add(new long[2]);
      }
      binMembers.get(largest).addAll(other);
    }
    List<Bin> bins = new ArrayList<>();
    for (int i = 0; i < binMembers.size(); i++) {
      List<String> cats = List.copyOf(binMembers.get(i));
      bins.add(bin(BinKind.CATEGORIES, categoryLabel(cats), null, null, cats, null, binCounts.get(i)[0],
          binCounts.get(i)[1]));
    }
    bins.add(bin(BinKind.MISSING, "missing", null, null, null, null, missingRows - missingBads, missingBads));
    return finish(feature, true, MonotonicTrend.NONE, bins);
  }

  private static double smoothedRate(long[] c) {
    return (c[1] + 0.5) / (c[0] + c[1] + 1.0);
  }

  private Bin bin(BinKind kind, String label, Double lower, Double upper, List<String> cats, Double special,
      long goods, long bads) {
    return new Bin(kind, label, lower, upper, cats, special, goods + bads, bads,
        WoeMath.woe(goods, bads, totalGoods, totalBads), WoeMath.iv(goods, bads, totalGoods, totalBads));
  }

  private static FeatureBinning finish(String feature, boolean categorical, MonotonicTrend trend, List<Bin> bins) {
    double iv = bins.stream().mapToDouble(Bin::iv).sum();
    return new FeatureBinning(feature, categorical, trend, List.copyOf(bins), iv);
  }

  static String rangeLabel(Double lower, Double upper) {
    if (lower == null && upper == null) {
      return "all values";
    }
    if (lower == null) {
      return "< " + number(upper);
    }
    if (upper == null) {
      return ">= " + number(lower);
    }
    return "[" + number(lower) + ", " + number(upper) + ")";
  }

  private static String categoryLabel(List<String> cats) {
    List<String> shown = cats.stream().filter(c -> !c.equals(WoeBinning.OTHER_CATEGORY)).toList();
    String s = String.join(", ", shown);
    if (shown.size() < cats.size()) {
      s = s.isEmpty() ? "other" : s + ", other";
    }
    return "{" + s + "}";
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
