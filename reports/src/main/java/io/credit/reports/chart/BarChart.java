package io.credit.reports.chart;

import java.util.List;

/** Vertical bars on a zero-based axis, e.g. a score histogram or counts per band. */
public final class BarChart {
  private static final int LEFT = 64;
  private static final int RIGHT = 12;
  private static final int TOP = 14;
  private static final int BOTTOM = 48;

  private BarChart() {}

  /**
   * @param title  accessible title (also the tooltip of the whole chart)
   * @param bars   bars in display order
   * @param xLabel caption under the axis
   * @param yLabel caption of the value axis
   */
  public static String render(String title, List<Bar> bars, String xLabel, String yLabel, int width, int height) {
    double dataMax = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    NiceScale y = NiceScale.of(0, dataMax <= 0 ? 1 : dataMax, 5);
    double plotW = width - LEFT - RIGHT;
    double plotH = height - TOP - BOTTOM;
    StringBuilder s = new StringBuilder(256 + bars.size() * 200);
    s.append(Svg.open(width, height, title));
    for (double t : y.ticks()) {
      double py = TOP + plotH - y.fraction(t) * plotH;
      s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width - RIGHT).append("\" y1=\"")
          .append(Svg.n(py)).append("\" y2=\"").append(Svg.n(py)).append("\" stroke=\"").append(Svg.GRID)
          .append("\"/>");
      s.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(Svg.n(py + 4))
          .append("\" text-anchor=\"end\" fill=\"").append(Svg.AXIS).append("\">").append(Svg.tick(t))
          .append("</text>");
    }
    int n = bars.size();
    double slot = n == 0 ? plotW : plotW / n;
    double gap = Math.min(6, slot * 0.15);
    int labelEvery = Math.max(1, (int) Math.ceil(n / (plotW / 48.0)));
    boolean valueLabels = n <= 12;
    for (int i = 0; i < n; i++) {
      Bar b = bars.get(i);
      double h = y.fraction(Math.max(0, b.value())) * plotH;
      double x = LEFT + i * slot + gap / 2;
      double top = TOP + plotH - h;
      s.append("<rect class=\"bar\" x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(top))
          .append("\" width=\"").append(Svg.n(slot - gap)).append("\" height=\"").append(Svg.n(h))
          .append("\" fill=\"").append(Svg.esc(b.colour())).append("\" data-value=\"").append(Svg.tick(b.value()))
          .append("\"><title>").append(Svg.esc(b.label())).append(": ").append(Svg.tick(b.value()))
          .append("</title></rect>");
      if (valueLabels) {
        s.append("<text x=\"").append(Svg.n(x + (slot - gap) / 2)).append("\" y=\"").append(Svg.n(top - 3))
            .append("\" text-anchor=\"middle\" fill=\"#333\">").append(Svg.tick(b.value())).append("</text>");
      }
      if (i % labelEvery == 0) {
        s.append("<text x=\"").append(Svg.n(x + (slot - gap) / 2)).append("\" y=\"").append(TOP + plotH + 16)
            .append("\" text-anchor=\"middle\" fill=\"").append(Svg.AXIS).append("\">").append(Svg.esc(b.label()))
            .append("</text>");
      }
    }
    s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width - RIGHT).append("\" y1=\"")
        .append(Svg.n(TOP + plotH)).append("\" y2=\"").append(Svg.n(TOP + plotH)).append("\" stroke=\"")
        .append(Svg.AXIS).append("\"/>");
    s.append("<text x=\"").append(Svg.n(LEFT + plotW / 2)).append("\" y=\"").append(height - 8)
        .append("\" text-anchor=\"middle\" fill=\"#333\">").append(Svg.esc(xLabel)).append("</text>");
    s.append("<text transform=\"translate(14,").append(Svg.n(TOP + plotH / 2))
        .append(") rotate(-90)\" text-anchor=\"middle\" fill=\"#333\">").append(Svg.esc(yLabel)).append("</text>");
    return s.append("</svg>").toString();
  }
}
