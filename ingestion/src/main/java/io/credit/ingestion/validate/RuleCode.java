package io.credit.ingestion.validate;

/**
 * Stable codes of the validation rules, written to {@code ingest_rejects.rule} and named by the
 * generator's {@code dirty_manifest.csv}. Documented one per rule in the module README.
 */
public enum RuleCode {
  /** The line is not valid UTF-8. */
  INVALID_ENCODING,
  /** The line cannot be parsed as CSV (e.g. an unbalanced quote). */
  MALFORMED_LINE,
  /** More or fewer fields than the header. */
  COLUMN_COUNT,
  /** A required field is empty. */
  REQUIRED,
  /** A date or timestamp does not parse. */
  BAD_DATE,
  /** A number does not parse or has too many decimals. */
  BAD_NUMBER,
  /** A value outside its allowed range, length or format. */
  OUT_OF_RANGE,
  /** An unknown code, or codes that contradict each other. */
  BAD_CODE,
  /** The record's date (transaction, statement, payment) is not the business date. */
  DATE_MISMATCH,
  /** A customer's date (birth, account opening) after the business date. */
  FUTURE_DATE,
  /** The customer is neither stored nor in today's customer file. */
  UNKNOWN_CUSTOMER,
  /**
   * The customer was erased on a data-subject request ({@code erased_subjects}): their records are
   * never loaded again, and the line itself is not kept (its raw text is withheld).
   */
  ERASED_SUBJECT,
  /** The statement is neither stored nor in today's statement file. */
  UNKNOWN_STATEMENT,
  /** The same transaction id earlier in the file or already in the lake (a duplicate, not a reject). */
  DUPLICATE
}
