package io.credit.ingestion.validate;

import java.time.LocalDate;

/** Checks the canonical fields of one record against the rules of its file. */
@FunctionalInterface
public interface RecordValidator<T> {
  /** The typed record; throws {@link Reject} naming the first rule broken. */
  T validate(Fields fields, LocalDate runDate);

  /** Checks that a record's business date is D: later is {@code FUTURE_DATE}, earlier {@code DATE_MISMATCH}. */
  static void requireRunDate(String field, LocalDate date, LocalDate runDate) {
    if (date.isAfter(runDate)) {
      throw new Reject(RuleCode.FUTURE_DATE, field + " " + date + " is after the business date " + runDate);
    }
    if (date.isBefore(runDate)) {
      throw new Reject(RuleCode.DATE_MISMATCH, field + " " + date + " is not the business date " + runDate);
    }
  }

  /** Checks required columns first, so a missing field is reported as such whatever else is wrong. */
  static void requirePresent(Fields fields, int... indices) {
    for (int i : indices) {
      fields.required(i);
    }
  }
}
