package io.credit.scoring.registry;

import io.credit.core.cli.BadInputException;

/** {@code NAME:VERSION}, as typed on the command line. */
public record ModelRef(String name, int version) {
  public static ModelRef parse(String s) {
    int i = s == null ? -1 : s.lastIndexOf(':');
    if (i <= 0 || i == s.length() - 1) {
      throw new BadInputException("model must be NAME:VERSION (e.g. scorecard:3), got: " + s);
    }
    try {
      return new ModelRef(s.substring(0, i), Integer.parseInt(s.substring(i + 1)));
    } catch (NumberFormatException e) {
      throw new BadInputException("model version must be a number in NAME:VERSION, got: " + s);
    }
  }

  @Override
  public String toString() {
    return name + ":" + version;
  }
}
