package io.credit.ingestion.validate;

/** The outcome of validating one line: a typed record, or a rejection with its rule. */
public sealed interface Checked<T> {
  long lineNumber();

  /** A record that passed every rule. */
  record Valid<T>(long lineNumber, T value) implements Checked<T> {}

  /**
   * A record that broke a rule ({@link RuleCode#DUPLICATE} counts as a duplicate, not a reject).
   *
   * @param rawMasked the line's text with personal identifiers masked
   */
  record Rejected<T>(long lineNumber, RuleCode rule, String message, String rawMasked) implements Checked<T> {
    public boolean isDuplicate() {
      return rule == RuleCode.DUPLICATE;
    }
  }
}
