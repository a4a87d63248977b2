package io.credit.app.privacy;

import io.credit.core.cli.BadInputException;
import java.util.regex.Pattern;

/** Validates customer ids given on the command line before they reach SQL or the file system. */
final class CustomerIds {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

  private CustomerIds() {}

  static String requireValid(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new BadInputException("not a customer id: expected 1–40 letters, digits, '-' or '_' (e.g. C00012345), got "
          + (id == null ? "nothing" : id.length() > 60 ? id.substring(0, 60) + "…" : id));
    }
    return id;
  }
}
