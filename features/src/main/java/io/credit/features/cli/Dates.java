package io.credit.features.cli;

import io.credit.core.cli.BadInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses the {@code --date} option with a message that says how to fix it. */
final class Dates {
  private Dates() {}

  static LocalDate parse(String option, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadInputException(option + " must be a date like 2026-03-01 (yyyy-MM-dd), got '" + value + "'");
    }
  }
}
