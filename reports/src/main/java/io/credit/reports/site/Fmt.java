package io.credit.reports.site;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Cells formatted the same way on every page (counts with thousands separators, rates as percentages). */
public final class Fmt {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private Fmt() {}

  public static Cell count(long n) {
    return Cell.number(String.format(Locale.ROOT, "%,d", n), Long.toString(n));
  }

  /** A share as a percentage with one decimal; {@code —} when the denominator is 0. */
  public static Cell pct(long part, long whole) {
    if (whole == 0) {
      return Cell.number("—", "");
    }
    return rate((double) part / whole);
  }

  public static Cell rate(Double r) {
    if (r == null || r.isNaN()) {
      return Cell.number("—", "");
    }
    return Cell.number(String.format(Locale.ROOT, "%.1f%%", 100 * r), String.format(Locale.ROOT, "%.6f", r));
  }

  public static Cell dec(Double v, int decimals) {
    if (v == null || v.isNaN()) {
      return Cell.number("—", "");
    }
    return Cell.number(String.format(Locale.ROOT, "%,." + decimals + "f", v),
        String.format(Locale.ROOT, "%." + decimals + "f", v));
  }

  public static Cell money(BigDecimal v) {
    if (v == null) {
      return Cell.number("—", "");
    }
    return Cell.number(String.format(Locale.ROOT, "%,.2f", v), v.toPlainString());
  }

  public static Cell time(LocalDateTime t) {
    return Cell.text(t == null ? "" : TIME.format(t));
  }

  public static Cell duration(LocalDateTime from, LocalDateTime to) {
    if (from == null || to == null) {
      return Cell.number("—", "");
    }
    long ms = Duration.between(from, to).toMillis();
    return Cell.number(String.format(Locale.ROOT, "%.1f s", ms / 1000.0), Long.toString(ms));
  }

  public static String pctText(double r) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * r);
  }
}
