package io.credit.reports.chart;

import java.util.List;

/** Horizontal bars on a fixed scale, e.g. the five dimension sub-scores (0–100) or ratios to a best group. */
public final class HBarChart {
  private static final int ROW = 26;
  private static final int LABEL = 150;
  private static final int VALUE = 56;

  private HBarChart() {}

  /**
   * @param max        value at the right end of the scale
   * @param reference  a value to mark with a dashed line (e.g. 0.8), or {@code NaN} for none
   * @param format     how a value is printed at the end of its bar ({@link String#format} pattern)
   */
  public static String render(String title, List<Bar> bars, double max, double reference, String format, int width) {
    int height = bars.size() * ROW + 10;
    double plotW = width - LABEL - VALUE;
    StringBuilder s = new StringBuilder(256 + bars.size() * 300);
    s.append(Svg.open(width, height, title));
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = 5 + i * ROW;
      double w = Math.max(0, Math.min(1, b.value() / max)) * plotW;
      String value = String.format(java.util.Locale.ROOT, format, b.value());
      s.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(Svg.n(y + 15))
          .append("\" text-anchor=\"end\" fill=\"#333\">").append(Svg.esc(b.label())).append("</text>");
      s.append("<rect x=\"").append(LABEL).append("\" y=\"").append(Svg.n(y + 3)).append("\" width=\"")
          .append(Svg.n(plotW)).append("\" height=\"").append(ROW - 8).append("\" fill=\"#f0f0f0\"/>");
      s.append("<rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"").append(Svg.n(y + 3))
          .append("\" width=\"").append(Svg.n(w)).append("\" height=\"").append(ROW - 8).append("\" fill=\"")
          .append(Svg.esc(b.colour())).append("\" data-value=\"").append(Svg.esc(value)).append("\"><title>")
          .append(Svg.esc(b.label())).append(": ").append(Svg.esc(value)).append("</title></rect>");
      s.append("<text x=\"").append(Svg.n(LABEL + plotW + 6)).append("\" y=\"").append(Svg.n(y + 15))
          .append("\" fill=\"#333\">").append(Svg.esc(value)).append("</text>");
    }
    if (!Double.isNaN(reference)) {
      double x = LABEL + Math.min(1, reference / max) * plotW;
      s.append("<line x1=\"").append(Svg.n(x)).append("\" x2=\"").append(Svg.n(x)).append("\" y1=\"2\" y2=\"")
          .append(height - 2).append("\" stroke=\"#b00\" stroke-dasharray=\"4 3\"/>");
    }
    return s.append("</svg>").toString();
  }
}
