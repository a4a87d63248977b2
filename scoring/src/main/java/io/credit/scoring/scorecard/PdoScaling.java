package io.credit.scoring.scorecard;

/**
 * Points-to-double-odds scaling: {@code score = offset + factor · ln(good:bad odds)} with
 * {@code factor = pdo / ln 2} and {@code offset = baseScore − factor · ln(baseOdds)}, clamped to
 * [{@code minScore}, {@code maxScore}]. Defaults: 600 points at 50:1, 50 points to double the odds, 350–950.
 */
public record PdoScaling(double baseScore, double baseOdds, double pdo, int minScore, int maxScore) {

  public PdoScaling {
    if (pdo <= 0 || baseOdds <= 0) {
      throw new IllegalArgumentException("pdo and baseOdds must be positive");
    }
    if (minScore >= maxScore) {
      throw new IllegalArgumentException("minScore must be below maxScore");
    }
  }

  public static PdoScaling defaults() {
    return new PdoScaling(600, 50, 50, 350, 950);
  }

  public double factor() {
    return pdo / Math.log(2);
  }

  public double offset() {
    return baseScore - factor() * Math.log(baseOdds);
  }

  /** Unclamped score of a good:bad log-odds. */
  public double rawScore(double lnOddsGood) {
    return offset() + factor() * lnOddsGood;
  }

  /** Rounded and clamped score. */
  public int score(double rawScore) {
    long r = Math.round(rawScore);
    return (int) Math.max(minScore, Math.min(maxScore, r));
  }

  /** Probability of bad implied by an unclamped score. */
  public double probabilityOfBad(double rawScore) {
    double lnOddsGood = (rawScore - offset()) / factor();
    return 1.0 / (1.0 + Math.exp(lnOddsGood));
  }
}
