package io.credit.generator.internal;

/**
 * Kinds of bad records the generator injects. Each name is also the ingestion rule code that must
 * catch it (see ingestion/README.md).
 */
public enum DirtKind {
  MALFORMED_LINE, COLUMN_COUNT, INVALID_ENCODING, REQUIRED, BAD_DATE, BAD_NUMBER, OUT_OF_RANGE, BAD_CODE,
  DATE_MISMATCH, FUTURE_DATE, UNKNOWN_CUSTOMER, UNKNOWN_STATEMENT, DUPLICATE
}
