package io.credit.reports.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a backtest's {@code details} JSON the reports use: per band rows/bads/badRate,
 * calibration deciles (1 = safest), CSI per feature and, when scoring stored them, ROC points.
 */
public record BacktestDetails(Map<String, BandStat> bands, List<Decile> calibration, Map<String, Double> csi,
    List<double[]> roc) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Rows, bads and bad rate of one band. */
  public record BandStat(long rows, long bads, double badRate) {}

  /** One decile of predicted risk. */
  public record Decile(int decile, long rows, double predicted, double observed) {}

  public static BacktestDetails parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json == null || json.isBlank() ? "{}" : json);
    } catch (IOException e) {
      root = MAPPER.createObjectNode();
    }
    Map<String, BandStat> bands = new LinkedHashMap<>();
    root.path("bands").properties().forEach(e -> bands.put(e.getKey(), new BandStat(
        e.getValue().path("rows").asLong(), e.getValue().path("bads").asLong(),
        e.getValue().path("badRate").asDouble(Double.NaN))));
    List<Decile> calibration = new ArrayList<>();
    for (JsonNode d : root.path("calibration")) {
      calibration.add(new Decile(d.path("decile").asInt(), d.path("rows").asLong(), d.path("predicted").asDouble(),
          d.path("observed").asDouble()));
    }
    calibration.sort((a, b) -> Integer.compare(a.decile(), b.decile()));
    Map<String, Double> csi = new LinkedHashMap<>();
    root.path("csi").properties().forEach(e -> csi.put(e.getKey(), e.getValue().asDouble(Double.NaN)));
    List<double[]> roc = new ArrayList<>();
    for (JsonNode p : root.path("roc")) {
      if (p.isArray() && p.size() >= 2) {
        roc.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
      }
    }
    return new BacktestDetails(bands, calibration, csi, roc);
  }
}
