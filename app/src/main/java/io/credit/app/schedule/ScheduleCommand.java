package io.credit.app.schedule;

import io.credit.app.nightly.NightlyCommand;
import io.credit.app.nightly.NightlyResult;
import io.credit.app.nightly.NightlyRunner;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.scoring.lifecycle.ModelLifecycle;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit schedule --cron "0 30 1 * * *"}: runs the nightly job at every tick, in the foreground. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
    description = {"Run in the foreground and start the nightly job for the previous business date at each tick of "
        + "a cron expression (six fields: second minute hour day month weekday). Dates missed while it was down are "
        + "caught up in order; completed dates are skipped.",
        "Stop it with Ctrl-C or SIGTERM (a running date is restarted at its failed step next time)."})
public class ScheduleCommand implements Callable<Integer> {
  @Option(names = "--cron", defaultValue = "0 30 1 * * *", description = "When to run (default: ${DEFAULT-VALUE}, 01:30 daily).")
  String cron;

  @Option(names = "--zone", defaultValue = "UTC", description = "Time zone of the cron expression (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD",
      description = "Earliest business date to catch up (default: yesterday: no catch-up on first start).")
  LocalDate since;

  @Option(names = "--model", defaultValue = ModelLifecycle.DEFAULT_MODEL, description = "Model whose champion scores.")
  String model;

  @Mixin
  PlatformOptions platform;

  @Override
  public Integer call() throws InterruptedException {
    PlatformConfig config = platform.toConfig();
    LocalDate first = since != null ? since : LocalDate.now(zone).minusDays(1);
    try (Database db = Database.open(config); NightlyRunner runner = new NightlyRunner(config, db)) {
      NightlyScheduler scheduler = new NightlyScheduler(cron, zone, Clock.system(zone), ScheduleCommand::sleepUntil,
          first, runner::completedDates, date -> {
            NightlyResult r = runner.run(date, false, model, 0.05);
            System.out.printf("nightly %s: %s%s%n", date, r.outcome(), r.message() == null ? "" : " – " + r.message());
            return NightlyCommand.exitCode(r);
          });
      System.out.println("scheduler started: cron \"" + cron + "\" (" + zone + "), catching up from " + first);
      scheduler.run(Long.MAX_VALUE);
    }
    return 0;
  }

  private static void sleepUntil(ZonedDateTime when) throws InterruptedException {
    long millis = Duration.between(ZonedDateTime.now(when.getZone()), when).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }
}
