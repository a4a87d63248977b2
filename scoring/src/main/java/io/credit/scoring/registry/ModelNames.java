package io.credit.scoring.registry;

import io.credit.core.cli.BadInputException;
import java.util.regex.Pattern;

/**
 * Model names: a model's artifacts live under {@code <data-dir>/models/<name>/}, so a name is one
 * plain path segment (letters, digits, {@code . _ -}, starting with a letter or digit, at most 64).
 */
public final class ModelNames {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private ModelNames() {}

  /** The name itself, or bad input naming the rule (the value is not echoed when it is long). */
  public static String requireValid(String name) {
    if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
      String shown = name == null ? "nothing" : name.length() > 64 ? name.length() + " characters" : "'" + name + "'";
      throw new BadInputException("a model name is 1–64 letters, digits, '.', '_' or '-' (starting with a letter "
          + "or digit, no '..'), got " + shown);
    }
    return name;
  }
}
