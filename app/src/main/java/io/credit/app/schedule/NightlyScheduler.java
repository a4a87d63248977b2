package io.credit.app.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * Runs the nightly job at each tick of a cron expression (Spring's six-field syntax) for the
 * previous business date, first catching up dates missed while the scheduler was down, in order.
 * A failed date stops the catch-up; the next tick retries it (a restart of the failed execution).
 */
public final class NightlyScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(NightlyScheduler.class);

  /** Waits until an instant; tests pass a sleeper that advances a clock. */
  public interface Sleeper {
    void sleepUntil(ZonedDateTime when) throws InterruptedException;
  }

  private final CronExpression cron;
  private final ZoneId zone;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Supplier<Set<LocalDate>> completedDates;
  private final Function<LocalDate, Integer> runNightly;
  private final LocalDate since;

  public NightlyScheduler(String cron, ZoneId zone, Clock clock, Sleeper sleeper, LocalDate since,
      Supplier<Set<LocalDate>> completedDates, Function<LocalDate, Integer> runNightly) {
    if (!CronExpression.isValidExpression(cron)) {
      throw new IllegalArgumentException("not a valid cron expression (six fields: second minute hour day month "
          + "weekday, e.g. \"0 30 1 * * *\"): " + cron);
    }
    this.cron = CronExpression.parse(cron);
    this.zone = zone;
    this.clock = clock;
    this.sleeper = sleeper;
    this.since = since;
    this.completedDates = completedDates;
    this.runNightly = runNightly;
  }

  /** Runs ticks until {@code maxTicks} have passed (or forever with {@link Long#MAX_VALUE}). */
  public void run(long maxTicks) throws InterruptedException {
    for (long tick = 0; tick < maxTicks; tick++) {
      ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(zone);
      ZonedDateTime next = cron.next(now);
      if (next == null) {
        LOG.info("the cron expression has no further ticks; stopping");
        return;
      }
      LOG.info("next nightly run at {}", next);
      sleeper.sleepUntil(next);
      tick(next.toLocalDate());
    }
  }

  /** One tick: runs every due date not yet completed, in order; returns the dates it ran. */
  public List<LocalDate> tick(LocalDate today) {
    List<LocalDate> due = CatchUpPlanner.datesToRun(completedDates.get(), since, today.minusDays(1));
    if (due.isEmpty()) {
      LOG.info("nothing to run: every date up to {} is completed", today.minusDays(1));
    }
    for (int i = 0; i < due.size(); i++) {
      LocalDate date = due.get(i);
      LOG.info("running nightly for {}{}", date, due.size() > 1 ? " (catch-up " + (i + 1) + "/" + due.size() + ")" : "");
      int exit = runNightly.apply(date);
      if (exit != 0) {
        LOG.warn("nightly for {} ended with exit code {}; later dates wait for the next tick", date, exit);
        return due.subList(0, i + 1);
      }
    }
    return due;
  }
}
