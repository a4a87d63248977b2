package io.credit.app.demo;

import io.credit.scoring.challenger.GbtSettings;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo's population and history, and the dates derived from it: the scorecard and the GBT challenger are trained on
 * snapshots 3 and 4 months in, backtested out of time 5 and 6 months in, labels look ahead as far
 * as the history allows (12 months at most), and the nightly job runs for the last date.
 */
public record DemoSettings(int customers, LocalDate from, LocalDate to, long seed) {
  public DemoSettings {
    if (customers < 500) {
      throw new IllegalArgumentException("--customers must be at least 500 for a meaningful demo");
    }
    if (to.isBefore(from.plusMonths(9).minusDays(1))) {
      throw new IllegalArgumentException("the demo needs at least 9 months of history (--months 9)");
    }
  }

  /** The last date ingested before the nightly job runs for {@link #to()}. */
  public LocalDate lastHistoryDate() {
    return to.minusDays(1);
  }

  public List<LocalDate> trainingDates() {
    return List.of(from.plusMonths(3), from.plusMonths(4));
  }

  public List<LocalDate> backtestDates() {
    return List.of(from.plusMonths(5), from.plusMonths(6));
  }

  /** The GBT challenger's hyper-parameters in the demo: modest (40 trees of depth 3, step 0.1) to keep the demo short. */
  public GbtSettings gbtSettings() {
    return new GbtSettings(40, 3, 0.1, 0.8, 42);
  }

  /** Months of ledger after the last backtest date, at most 12. */
  public int labelHorizonMonths() {
    LocalDate lastAsOf = backtestDates().get(backtestDates().size() - 1);
    int months = 0;
    while (months < 12 && !lastAsOf.plusMonths(months + 1).isAfter(to)) {
      months++;
    }
    return months;
  }
}
