package io.credit.ingestion.validate;

/** Why a record was not loaded. Thrown inside validators, caught into a {@link Checked.Rejected}. */
public final class Reject extends RuntimeException {
  private final RuleCode rule;

  public Reject(RuleCode rule, String message) {
    super(message, null, false, false);
    this.rule = rule;
  }

  public RuleCode rule() {
    return rule;
  }
}
