package io.credit.features.internal;

import java.util.List;

/** The look-back windows (days before the as-of date) every windowed feature family uses. */
public final class Windows {
  /** 30, 90, 180 and 365 days; the longest bounds how far back the rolling state reaches. */
  public static final List<Integer> DAYS = List.of(30, 90, 180, 365);
  public static final int LONGEST = 365;

  private Windows() {}

  /** The state or feature column suffix of a window, e.g. {@code _90d}. */
  public static String suffix(int days) {
    return "_" + days + "d";
  }
}
