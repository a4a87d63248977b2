package io.credit.scoring.lifecycle;

import io.credit.core.cli.BadInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Parses comma-separated business dates given on the command line. */
final class Dates {
  private Dates() {}

  static List<LocalDate> parseList(String option, String text) {
    List<LocalDate> out = new ArrayList<>();
    for (String part : text.split(",")) {
      try {
        out.add(LocalDate.parse(part.trim()));
      } catch (DateTimeParseException e) {
        throw new BadInputException(option + " takes dates as YYYY-MM-DD[,YYYY-MM-DD…], got: " + part.trim());
      }
    }
    return out;
  }
}
