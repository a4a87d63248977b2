package io.credit.ingestion.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Set;

/**
 * Typed access to the canonical string fields of one record; every accessor throws a
 * {@link Reject} with the matching rule when the value is missing or malformed.
 */
public final class Fields {
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  private final String[] values;
  private final java.util.List<String> names;

  public Fields(String[] values, java.util.List<String> names) {
    this.values = values;
    this.names = names;
  }

  private String raw(int i) {
    return values[i];
  }

  public String name(int i) {
    return names.get(i);
  }

  public boolean isEmpty(int i) {
    return raw(i) == null || raw(i).isEmpty();
  }

  public String required(int i) {
    if (isEmpty(i)) {
      throw new Reject(RuleCode.REQUIRED, name(i) + " is required");
    }
    return raw(i);
  }

  public String optional(int i) {
    return isEmpty(i) ? null : raw(i);
  }

  public String text(int i, int minLength, int maxLength) {
    String v = required(i);
    checkLength(i, v, minLength, maxLength);
    return v;
  }

  public String optionalText(int i, int minLength, int maxLength) {
    String v = optional(i);
    if (v != null) {
      checkLength(i, v, minLength, maxLength);
    }
    return v;
  }

  private void checkLength(int i, String v, int min, int max) {
    if (v.length() < min || v.length() > max) {
      throw new Reject(RuleCode.OUT_OF_RANGE, name(i) + " must have " + min + "–" + max + " characters, has " + v.length());
    }
  }

  public String matching(int i, java.util.regex.Pattern pattern, String what) {
    String v = required(i);
    if (!pattern.matcher(v).matches()) {
      throw new Reject(RuleCode.OUT_OF_RANGE, name(i) + " must be " + what);
    }
    return v;
  }

  public LocalDate date(int i) {
    String v = required(i);
    try {
      return LocalDate.parse(v, DATE);
    } catch (DateTimeParseException e) {
      throw new Reject(RuleCode.BAD_DATE, name(i) + " is not a date yyyy-MM-dd: '" + abbreviate(v) + "'");
    }
  }

  public LocalDateTime timestamp(int i) {
    String v = required(i);
    try {
      return LocalDateTime.parse(v, TIMESTAMP);
    } catch (DateTimeParseException e) {
      throw new Reject(RuleCode.BAD_DATE, name(i) + " is not a timestamp yyyy-MM-ddTHH:mm:ss: '" + abbreviate(v) + "'");
    }
  }

  /** A decimal with at most two decimals, as unscaled cents. */
  public long cents(int i) {
    return parseCents(i, required(i));
  }

  public Long optionalCents(int i) {
    String v = optional(i);
    return v == null ? null : parseCents(i, v);
  }

  private long parseCents(int i, String v) {
    BigDecimal d;
    try {
      d = new BigDecimal(v);
    } catch (NumberFormatException e) {
      throw new Reject(RuleCode.BAD_NUMBER, name(i) + " is not a decimal number: '" + abbreviate(v) + "'");
    }
    if (d.scale() > 2 && d.stripTrailingZeros().scale() > 2) {
      throw new Reject(RuleCode.BAD_NUMBER, name(i) + " has more than 2 decimals: '" + abbreviate(v) + "'");
    }
    if (d.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
      throw new Reject(RuleCode.OUT_OF_RANGE, name(i) + " is too large: '" + abbreviate(v) + "'");
    }
    return d.movePointRight(2).longValueExact();
  }

  public int integer(int i) {
    String v = required(i);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new Reject(RuleCode.BAD_NUMBER, name(i) + " is not an integer: '" + abbreviate(v) + "'");
    }
  }

  public boolean bool(int i) {
    String v = required(i);
    return switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new Reject(RuleCode.BAD_CODE, name(i) + " must be true or false: '" + abbreviate(v) + "'");
    };
  }

  public String code(int i, Set<String> allowed) {
    String v = required(i);
    if (!allowed.contains(v)) {
      throw new Reject(RuleCode.BAD_CODE, name(i) + " has unknown code '" + abbreviate(v) + "'");
    }
    return v;
  }

  static String abbreviate(String v) {
    return v.length() <= 40 ? v : v.substring(0, 40) + "…";
  }
}
