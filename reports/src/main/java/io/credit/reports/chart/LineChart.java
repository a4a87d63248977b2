package io.credit.reports.chart;

import java.util.List;

/** Lines on two numeric axes with a legend: ROC, KS, calibration, a score history. */
public final class LineChart {
  private static final int LEFT = 56;
  private static final int RIGHT = 14;
  private static final int TOP = 12;
  private static final int BOTTOM = 44;

  private LineChart() {}

  public static String render(String title, List<Series> series, Axis x, Axis y, int width, int height) {
    int legendH = 18 * series.size();
    double plotW = width - LEFT - RIGHT;
    double plotH = height - TOP - BOTTOM - legendH;
    StringBuilder s = new StringBuilder(1024);
    s.append(Svg.open(width, height, title));
    NiceScale ys = NiceScale.of(y.min(), y.max(), 5);
    for (double t : ys.ticks()) {
      double py = TOP + plotH - ys.fraction(t) * plotH;
      s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(Svg.n(LEFT + plotW)).append("\" y1=\"")
          .append(Svg.n(py)).append("\" y2=\"").append(Svg.n(py)).append("\" stroke=\"").append(Svg.GRID).append("\"/>")
          .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(Svg.n(py + 4))
          .append("\" text-anchor=\"end\" fill=\"").append(Svg.AXIS).append("\">").append(Svg.tick(t)).append("</text>");
    }
    double xmin = x.min();
    double xmax = x.max() == x.min() ? x.min() + 1 : x.max();
    if (x.tickLabels().isEmpty()) {
      NiceScale xs = NiceScale.of(xmin, xmax, 5);
      xmax = xs.max();
      for (double t : xs.ticks()) {
        double px = LEFT + (t - xmin) / (xmax - xmin) * plotW;
        s.append("<text x=\"").append(Svg.n(px)).append("\" y=\"").append(Svg.n(TOP + plotH + 16))
            .append("\" text-anchor=\"middle\" fill=\"").append(Svg.AXIS).append("\">").append(Svg.tick(t))
            .append("</text>");
      }
    } else {
      int n = x.tickLabels().size();
      int every = Math.max(1, (int) Math.ceil(n / (plotW / 80.0)));
      java.util.TreeSet<Integer> shown = new java.util.TreeSet<>();
      for (int i = 0; i < n; i += every) {
        shown.add(i);
      }
      if (n > 1 && shown.last() > 0 && n - 1 - shown.last() < Math.max(1, every / 2.0)) {
        shown.remove(shown.last());
      }
      shown.add(n - 1);
      for (int i : shown) {
        double px = LEFT + (i - xmin) / (xmax - xmin) * plotW;
        String anchor = n > 1 && i == 0 ? "start" : n > 1 && i == n - 1 ? "end" : "middle";
        s.append("<text x=\"").append(Svg.n(px)).append("\" y=\"").append(Svg.n(TOP + plotH + 16))
            .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(Svg.AXIS).append("\">")
            .append(Svg.esc(x.tickLabels().get(i))).append("</text>");
      }
    }
    s.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(Svg.n(plotW))
        .append("\" height=\"").append(Svg.n(plotH)).append("\" fill=\"none\" stroke=\"").append(Svg.AXIS)
        .append("\"/>");
    for (Series line : series) {
      StringBuilder pts = new StringBuilder();
      for (double[] p : line.points()) {
        double px = LEFT + (p[0] - xmin) / (xmax - xmin) * plotW;
        double py = TOP + plotH - ys.fraction(p[1]) * plotH;
        pts.append(Svg.n(px)).append(',').append(Svg.n(py)).append(' ');
      }
      s.append("<polyline class=\"series\" fill=\"none\" stroke=\"").append(Svg.esc(line.colour()))
          .append("\" stroke-width=\"2\"").append(line.dashed() ? " stroke-dasharray=\"5 4\"" : "")
          .append(" points=\"").append(pts.toString().trim()).append("\"><title>").append(Svg.esc(line.name()))
          .append("</title></polyline>");
      if (line.points().size() <= 40 && !line.dashed()) {
        for (double[] p : line.points()) {
          double px = LEFT + (p[0] - xmin) / (xmax - xmin) * plotW;
          double py = TOP + plotH - ys.fraction(p[1]) * plotH;
          s.append("<circle cx=\"").append(Svg.n(px)).append("\" cy=\"").append(Svg.n(py))
              .append("\" r=\"3\" fill=\"").append(Svg.esc(line.colour())).append("\"><title>")
              .append(Svg.esc(line.name())).append(": ").append(Svg.tick(p[1])).append("</title></circle>");
        }
      }
    }
    s.append("<text x=\"").append(Svg.n(LEFT + plotW / 2)).append("\" y=\"").append(Svg.n(TOP + plotH + 34))
        .append("\" text-anchor=\"middle\" fill=\"#333\">").append(Svg.esc(x.label())).append("</text>");
    s.append("<text transform=\"translate(14,").append(Svg.n(TOP + plotH / 2))
        .append(") rotate(-90)\" text-anchor=\"middle\" fill=\"#333\">").append(Svg.esc(y.label())).append("</text>");
    for (int i = 0; i < series.size(); i++) {
      Series line = series.get(i);
      double ly = height - legendH + i * 18 + 6;
      s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + 22).append("\" y1=\"").append(Svg.n(ly))
          .append("\" y2=\"").append(Svg.n(ly)).append("\" stroke=\"").append(Svg.esc(line.colour()))
          .append("\" stroke-width=\"2\"").append(line.dashed() ? " stroke-dasharray=\"5 4\"" : "").append("/>")
          .append("<text x=\"").append(LEFT + 28).append("\" y=\"").append(Svg.n(ly + 4)).append("\" fill=\"#333\">")
          .append(Svg.esc(line.name())).append("</text>");
    }
    return s.append("</svg>").toString();
  }
}
