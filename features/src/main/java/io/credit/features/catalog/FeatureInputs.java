package io.credit.features.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * One customer's inputs to the formulas: a row of the feature job's joined state, read by column
 * name. Missing numbers read as 0, missing flags as false, missing dates as null.
 */
public final class FeatureInputs {
  private final Map<String, Integer> index;
  private final LocalDate asOf;
  private Row row;

  public FeatureInputs(Map<String, Integer> index, LocalDate asOf) {
    this.index = index;
    this.asOf = asOf;
  }

  /** Points the inputs at the next row (reused to avoid allocation per row). */
  public FeatureInputs at(Row next) {
    this.row = next;
    return this;
  }

  public LocalDate asOf() {
    return asOf;
  }

  private Object value(String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalArgumentException("no input column " + column);
    }
    return row.isNullAt(i) ? null : row.get(i);
  }

  public double num(String column) {
    Object v = value(column);
    if (v == null) {
      return 0.0;
    }
    if (v instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    }
    throw new IllegalStateException(column + " is not a number: " + v.getClass().getSimpleName());
  }

  public boolean flag(String column) {
    return Boolean.TRUE.equals(value(column));
  }

  public boolean isPresent(String column) {
    return value(column) != null;
  }

  public LocalDate date(String column) {
    Object v = value(column);
    if (v == null) {
      return null;
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    throw new IllegalStateException(column + " is not a date: " + v.getClass().getSimpleName());
  }

  /** Days from a date column to the as-of date, or {@code whenMissing}. */
  public double daysSince(String column, double whenMissing) {
    LocalDate d = date(column);
    return d == null ? whenMissing : ChronoUnit.DAYS.between(d, asOf);
  }
}
