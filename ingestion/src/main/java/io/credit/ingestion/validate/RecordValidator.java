package io.credit.ingestion.validate;

import java.time.LocalDate;

/** Checks the canonical fields of one record against the rules of its file. */
@FunctionalInterface
public interface RecordValidator<T> {
  /** The typed record; throws {@link Reject} naming the first rule broken. */
  T validate(Fields fields, LocalDate runDate);

  /**
   * Checks that a record's date is the business date D ({@code DATE_MISMATCH} before or after it;
   * {@code FUTURE_DATE} is kept for dates that must not be after D, such as a customer's birth date).
   */
  static void requireRunDate(String field, LocalDate date, LocalDate runDate) {
    if (!date.equals(runDate)) {
      throw new Reject(RuleCode.DATE_MISMATCH, field + " " + date + " is " + (date.isAfter(runDate) ? "after" : "before")
          + " the business date " + runDate);
    }
  }

  /** Checks required columns first, so a missing field is reported as such whatever else is wrong. */
  static void requirePresent(Fields fields, int... indices) {
    for (int i : indices) {
      fields.required(i);
    }
  }
}
