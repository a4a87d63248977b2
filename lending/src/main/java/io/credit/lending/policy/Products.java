package io.credit.lending.policy;

import java.util.regex.Pattern;

/** Product codes: {@code CREDIT_LINE} and {@code RENTAL_<CATEGORY>}. */
public final class Products {
  public static final String CREDIT_LINE = "CREDIT_LINE";
  public static final String RENTAL_PREFIX = "RENTAL_";
  /** What a product code may look like (checked before it reaches SQL). */
  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

  private Products() {}

  public static String rental(String category) {
    return RENTAL_PREFIX + category;
  }
}
