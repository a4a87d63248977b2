package io.credit.generator;

/**
 * Customer archetypes: how money comes in, how much is spent, and a shift of default risk on top
 * of the latent creditworthiness.
 */
public enum Archetype {
  /** Monthly salary on a fixed payday. */
  SALARIED(0.55, 9_000, 0.0, true),
  /** Many irregular platform payouts. */
  GIG_WORKER(0.18, 6_500, 0.35, false),
  /** Small transfers from family, low spending. */
  STUDENT(0.10, 2_000, 0.25, false),
  /** Monthly pension, very regular, low risk. */
  RETIREE(0.08, 4_500, -0.45, true),
  /** Lumpy business income, larger tickets. */
  SMALL_BUSINESS(0.09, 14_000, 0.15, false);

  private final double share;
  private final double medianMonthlyIncome;
  private final double riskShift;
  private final boolean regularIncome;

  Archetype(double share, double medianMonthlyIncome, double riskShift, boolean regularIncome) {
    this.share = share;
    this.medianMonthlyIncome = medianMonthlyIncome;
    this.riskShift = riskShift;
    this.regularIncome = regularIncome;
  }

  public double share() {
    return share;
  }

  public double medianMonthlyIncome() {
    return medianMonthlyIncome;
  }

  public double riskShift() {
    return riskShift;
  }

  public boolean regularIncome() {
    return regularIncome;
  }
}
