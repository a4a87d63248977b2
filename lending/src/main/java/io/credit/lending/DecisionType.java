package io.credit.lending;

/** What was decided for one customer and product. */
public enum DecisionType {
  /** Offered: a credit line of {@code credit_limit}, or rental without a deposit up to {@code deposit_waived}. */
  APPROVED,
  /** Early warning: an existing line made smaller (the score fell a band or more). */
  REDUCED,
  /** Early warning: an existing line frozen at 0 (delinquency, or a failing gate). */
  FROZEN,
  /** Not offered; the reasons say why. */
  DECLINED,
  /** A person must decide (too little data to score, or the customer record is missing). */
  MANUAL_REVIEW,
  /** The customer has not consented to credit scoring: not scored, not offered. */
  NO_CONSENT;

  /** Adverse actions carry at least three reasons when that many apply. */
  public boolean isAdverse() {
    return this == REDUCED || this == FROZEN || this == DECLINED;
  }
}
