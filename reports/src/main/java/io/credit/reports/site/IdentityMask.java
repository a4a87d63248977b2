package io.credit.reports.site;

import java.util.regex.Pattern;

/**
 * Belt and braces: masks anything shaped like a national id (17 digits + digit or X) or a mobile
 * number (11 digits starting with 1) in free text that other modules stored (reject lines, messages,
 * reasons), in case one slipped through their own masking.
 */
public final class IdentityMask {
  private static final Pattern NATIONAL_ID = Pattern.compile("(?<![0-9])\\d{17}[\\dXx](?![0-9])");
  private static final Pattern PHONE = Pattern.compile("(?<![0-9])1\\d{10}(?![0-9])");

  private IdentityMask() {}

  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String s = NATIONAL_ID.matcher(text).replaceAll("******************");
    return PHONE.matcher(s).replaceAll("***********");
  }
}
