package io.credit.scoring.challenger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyper-parameters of the GBT challenger ({@link org.apache.spark.ml.classification.GBTClassifier}).
 *
 * @param trees           boosting iterations ({@code maxIter})
 * @param maxDepth        depth of each tree
 * @param stepSize        learning rate
 * @param subsamplingRate share of rows each tree sees
 * @param seed            random seed (subsampling)
 */
public record GbtSettings(int trees, int maxDepth, double stepSize, double subsamplingRate, long seed) {
  public GbtSettings {
    if (trees < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("GBT needs at least one tree of depth 1, got " + trees + " trees of depth "
          + maxDepth);
    }
    if (!(stepSize > 0 && stepSize <= 1) || !(subsamplingRate > 0 && subsamplingRate <= 1)) {
      throw new IllegalArgumentException("GBT step size and subsampling rate must lie in (0, 1]");
    }
  }

  /** 100 trees of depth 3, step 0.05, subsampling 0.8, seed 42. */
  public static GbtSettings defaults() {
    return new GbtSettings(100, 3, 0.05, 0.8, 42);
  }

  /** The same, by name, for the registry. */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("maxIter", trees);
    m.put("maxDepth", maxDepth);
    m.put("stepSize", stepSize);
    m.put("subsamplingRate", subsamplingRate);
    m.put("seed", seed);
    return m;
  }
}
