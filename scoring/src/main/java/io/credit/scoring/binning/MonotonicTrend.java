package io.credit.scoring.binning;

import java.util.Locale;

/** The bad-rate trend across the ordered bins of a numeric feature. */
public enum MonotonicTrend {
  /** Try ascending and descending, keep the one with the higher information value. */
  AUTO,
  /** Bad rate rises with the value. */
  ASCENDING,
  /** Bad rate falls as the value rises. */
  DESCENDING,
  /** No constraint. */
  NONE;

  public static MonotonicTrend parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("monotonic trend must be auto, ascending, descending or none, got: " + s);
    }
  }
}
