package io.credit.core.testing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generator's raw identifiers as tests scan for them: an 18-character national id and an
 * 11-digit mobile number. JUnit names its temporary folders with a random number
 * ({@code junit-318338908145470289}), which can look like a national id; paths in the text under
 * test are the test's own, so those folder names are masked before the scan.
 */
public final class RawIdentifiers {
  public static final Pattern NATIONAL_ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9X](?![0-9])");
  public static final Pattern PHONE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
  private static final Pattern JUNIT_TEMP_DIR = Pattern.compile("junit-?[0-9]+");

  private RawIdentifiers() {}

  /** The first raw identifier in {@code text} with a little context around it, if any. */
  public static Optional<String> find(String text) {
    String masked = JUNIT_TEMP_DIR.matcher(text).replaceAll("junit-N");
    for (Pattern p : new Pattern[] {NATIONAL_ID, PHONE}) {
      Matcher m = p.matcher(masked);
      if (m.find()) {
        return Optional.of(masked.substring(Math.max(0, m.start() - 60), Math.min(masked.length(), m.end() + 20)));
      }
    }
    return Optional.empty();
  }

  public static boolean in(String text) {
    return find(text).isPresent();
  }
}
