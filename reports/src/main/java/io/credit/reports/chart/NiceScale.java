package io.credit.reports.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * An axis from 0 (or a given minimum) up to a "nice" maximum (1, 2, 2.5 or 5 × 10^k per tick) with
 * about {@code ticks} ticks.
 *
 * @param min  lower end of the axis
 * @param max  upper end of the axis (at least the data's maximum)
 * @param step distance between ticks
 */
public record NiceScale(double min, double max, double step) {

  public static NiceScale of(double min, double dataMax, int ticks) {
    double range = Math.max(dataMax - min, 1e-9);
    double raw = range / Math.max(1, ticks);
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * mag >= raw) {
        step = m * mag;
        break;
      }
    }
    double max = min + Math.ceil(range / step - 1e-9) * step;
    return new NiceScale(min, max, step);
  }

  public List<Double> ticks() {
    List<Double> out = new ArrayList<>();
    for (double v = min; v <= max + step / 1000; v += step) {
      out.add(v);
    }
    return out;
  }

  /** Position of a value between 0 (min) and 1 (max). */
  public double fraction(double v) {
    return max == min ? 0 : (v - min) / (max - min);
  }
}
