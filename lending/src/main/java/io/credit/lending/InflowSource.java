package io.credit.lending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Ability to pay: each customer's regular monthly inflow as of a run date (customers absent: 0). */
@FunctionalInterface
public interface InflowSource {
  Map<String, BigDecimal> monthlyInflow(LocalDate runDate);

  /** No inflow data: every customer counts as 0 (no credit line above the floor). */
  static InflowSource none() {
    return date -> Map.of();
  }
}
