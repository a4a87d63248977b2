package io.credit.reports.chart;

import java.util.List;

/**
 * An axis of a {@link LineChart}.
 *
 * @param label      caption
 * @param min        lower end
 * @param max        upper end
 * @param tickLabels labels for the integer positions min, min+1, … (e.g. dates), or empty for numeric ticks
 */
public record Axis(String label, double min, double max, List<String> tickLabels) {
  public static Axis numeric(String label, double min, double max) {
    return new Axis(label, min, max, List.of());
  }
}
