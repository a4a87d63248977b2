package io.credit.scoring.scorecard;

import io.credit.core.model.Dimension;
import java.util.Locale;

/** Names of the columns a {@link ScorecardModel} adds (they match the {@code scores} table). */
public final class ScoreColumns {
  public static final String SCORE = "score";
  public static final String RAW_SCORE = "raw_score";
  public static final String PD = "pd";
  public static final String BAND = "band";
  public static final String STATUS = "status";
  public static final String SCORED = "SCORED";
  public static final String INSUFFICIENT_DATA = "INSUFFICIENT_DATA";
  public static final int REASONS = 4;

  private ScoreColumns() {}

  /** {@code dim_credit_history}, {@code dim_behaviour}, … */
  public static String dimension(Dimension d) {
    return "dim_" + d.name().toLowerCase(Locale.ROOT);
  }

  /** {@code reason_1} … {@code reason_4}. */
  public static String reason(int i) {
    return "reason_" + i;
  }
}
