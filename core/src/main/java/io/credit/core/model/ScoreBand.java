package io.credit.core.model;

/**
 * Score bands on the 350–950 scale (Sesame-style). Lower bound inclusive, upper bound exclusive,
 * except the last band which includes 950.
 */
public enum ScoreBand {
  POOR(350, 550, "Poor"),
  FAIR(550, 600, "Fair"),
  GOOD(600, 650, "Good"),
  VERY_GOOD(650, 700, "Very good"),
  EXCELLENT(700, 951, "Excellent");

  public static final int MIN_SCORE = 350;
  public static final int MAX_SCORE = 950;

  private final int lower;
  private final int upperExclusive;
  private final String label;

  ScoreBand(int lower, int upperExclusive, String label) {
    this.lower = lower;
    this.upperExclusive = upperExclusive;
    this.label = label;
  }

  public static ScoreBand of(int score) {
    if (score < MIN_SCORE || score > MAX_SCORE) {
      throw new IllegalArgumentException("score outside 350–950: " + score);
    }
    for (ScoreBand b : values()) {
      if (score >= b.lower && score < b.upperExclusive) {
        return b;
      }
    }
    throw new AssertionError(score);
  }

  public int lower() {
    return lower;
  }

  public int upperInclusive() {
    return upperExclusive - 1;
  }

  public String label() {
    return label;
  }
}
