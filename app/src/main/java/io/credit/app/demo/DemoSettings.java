package io.credit.app.demo;

import java.time.LocalDate;

/** The demo's population and history. */
public record DemoSettings(int customers, LocalDate from, LocalDate to, long seed) {
  public DemoSettings {
    if (customers < 100) {
      throw new IllegalArgumentException("--customers must be at least 100 for a meaningful demo");
    }
    if (to.isBefore(from.plusMonths(3))) {
      throw new IllegalArgumentException("the demo needs at least 3 months of history");
    }
  }
}
