package io.credit.lending.cli;

import io.credit.core.cli.BadInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses a {@code yyyy-MM-dd} option value, or says how to write it. */
final class DateOption {
  private DateOption() {}

  static LocalDate parse(String option, String value) {
    if (value == null || value.length() != 10) {
      throw new BadInputException(option + " must be a date written yyyy-MM-dd, e.g. 2026-06-30");
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadInputException(option + " must be a date written yyyy-MM-dd, e.g. 2026-06-30");
    }
  }
}
