package io.credit.scoring.scorecard.internal;

import io.credit.scoring.binning.FeatureBinning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.stat.Correlation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Selection by information value, then by correlation: features below the minimum IV are dropped;
 * the rest, strongest IV first, are kept unless their WOE correlates (Pearson, absolute) above the
 * limit with a feature already kept. Correlations come from one pass of MLlib's {@link Correlation}.
 */
public final class FeatureSelection {
  /** Kept features (strongest first) and dropped ones with the reason. */
  public record Result(List<FeatureBinning> kept, Map<String, String> dropped) {}

  private FeatureSelection() {}

  public static Result select(List<FeatureBinning> binnings, Dataset<Row> woe, String woeSuffix, double minIv,
      double maxCorrelation, int maxFeatures) {
    Map<String, String> dropped = new LinkedHashMap<>();
    List<FeatureBinning> candidates = new ArrayList<>();
    binnings.stream().sorted(Comparator.comparingDouble(FeatureBinning::iv).reversed()
        .thenComparing(FeatureBinning::feature)).forEach(b -> {
          if (b.iv() < minIv) {
            dropped.put(b.feature(), String.format(java.util.Locale.ROOT, "IV %.4f below %.4f", b.iv(), minIv));
          } else {
            candidates.add(b);
          }
        });
    if (candidates.size() <= 1) {
      return new Result(candidates, dropped);
    }
    String[] cols = candidates.stream().map(b -> b.feature() + woeSuffix).toArray(String[]::new);
    Dataset<Row> vec = new VectorAssembler().setInputCols(cols).setOutputCol("__woe_vec").transform(woe)
        .select("__woe_vec");
    Matrix corr = (Matrix) Correlation.corr(vec, "__woe_vec").head().get(0);
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      String reason = null;
      for (int k : kept) {
        double c = corr.apply(i, k);
        if (!Double.isNaN(c) && Math.abs(c) > maxCorrelation) {
          reason = String.format(java.util.Locale.ROOT, "WOE correlation %.2f with %s (stronger IV)", c,
              candidates.get(k).feature());
          break;
        }
      }
      if (reason == null && kept.size() >= maxFeatures) {
        reason = "beyond the " + maxFeatures + " strongest features";
      }
      if (reason == null) {
        kept.add(i);
      } else {
        dropped.put(candidates.get(i).feature(), reason);
      }
    }
    return new Result(kept.stream().map(candidates::get).toList(), dropped);
  }
}
