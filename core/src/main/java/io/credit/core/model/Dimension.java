package io.credit.core.model;

/** The five dimensions of the score; every feature belongs to exactly one. */
public enum Dimension {
  CREDIT_HISTORY("Credit history", "repayments, days past due, tenure of credit products"),
  BEHAVIOUR("Behaviour", "spending patterns, categories, regularity"),
  ABILITY_TO_PAY("Ability to pay", "inflows, balances, utilisation"),
  IDENTITY("Identity", "verified identity, account age, stability"),
  CONNECTIONS("Connections", "counterparties and their standing");

  private final String label;
  private final String description;

  Dimension(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }
}
