package io.credit.app.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which business dates a scheduler tick must run: every date from the first one not yet completed
 * up to the previous business date, in order, skipping dates already completed.
 */
public final class CatchUpPlanner {
  private CatchUpPlanner() {}

  /**
   * @param completed   dates whose nightly run completed
   * @param since       the earliest date the scheduler is responsible for
   * @param lastDueDate the previous business date (today minus one)
   */
  public static List<LocalDate> datesToRun(Set<LocalDate> completed, LocalDate since, LocalDate lastDueDate) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = since; !d.isAfter(lastDueDate); d = d.plusDays(1)) {
      if (!completed.contains(d)) {
        dates.add(d);
      }
    }
    return dates;
  }
}
