package io.credit.reports.chart;

import java.util.Locale;

/** Escaping and number formatting shared by the charts. */
final class Svg {
  static final String FONT = "font-family=\"system-ui, sans-serif\"";
  static final String AXIS = "#666";
  static final String GRID = "#e3e3e3";

  private Svg() {}

  /** Escapes text for SVG/XML content and attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A coordinate with one decimal, locale-independent. */
  static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** A tick label: no decimals for whole numbers, else up to two. */
  static String tick(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.format(Locale.ROOT, "%,d", (long) Math.rint(v));
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String open(int width, int height, String title) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width
        + "\" height=\"" + height + "\" role=\"img\" aria-label=\"" + esc(title) + "\" " + FONT
        + " font-size=\"12\"><title>" + esc(title) + "</title>";
  }
}
