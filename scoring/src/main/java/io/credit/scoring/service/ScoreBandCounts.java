package io.credit.scoring.service;

import io.credit.core.model.ScoreBand;
import java.util.Map;

/** Row counts per score band, in {@link ScoreBand} order. */
final class ScoreBandCounts {
  private ScoreBandCounts() {}

  static double[] of(Map<String, BacktestResult.BandStats> bands) {
    double[] out = new double[ScoreBand.values().length];
    for (ScoreBand b : ScoreBand.values()) {
      BacktestResult.BandStats s = bands.get(b.name());
      out[b.ordinal()] = s == null ? 0 : s.rows();
    }
    return out;
  }
}
