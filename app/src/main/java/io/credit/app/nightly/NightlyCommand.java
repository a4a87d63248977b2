package io.credit.app.nightly;

import io.credit.core.cli.ExitCodes;
import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.scoring.lifecycle.ModelLifecycle;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit nightly --date D}: the whole nightly job for one business date. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
    description = {"Run the nightly job for a business date: ingest → features → score → eligibility → report.",
        "A failed or interrupted run restarts at the failed step; a completed date is not run again unless --force.",
        "Exit codes: 0 done (or already done), 1 a step failed, 3 bad input, 4 another run holds the lock, "
            + "5 database unavailable."})
public class NightlyCommand implements Callable<Integer> {
  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Business date.")
  LocalDate date;

  @Option(names = "--force", description = "Run a completed date again (same tables at the end).")
  boolean force;

  @Option(names = "--model", defaultValue = ModelLifecycle.DEFAULT_MODEL,
      description = "Model whose champion scores (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(names = "--max-reject-rate", defaultValue = "0.05",
      description = "A file with more rejected lines than this share fails ingestion (default: ${DEFAULT-VALUE}).")
  double maxRejectRate;

  @Option(names = "--lock-lease", defaultValue = "90", paramLabel = "SECONDS",
      description = "Lease of the database lock, renewed every third of it while the run lives: a crashed run's "
          + "lock expires after this (default: ${DEFAULT-VALUE}).")
  long lockLeaseSeconds;

  @Mixin
  PlatformOptions platform;

  @Mixin
  JsonOption json;

  @Override
  public Integer call() {
    io.credit.scoring.registry.ModelNames.requireValid(model);
    PlatformConfig config = platform.toConfig();
    NightlyResult r;
    try (Database db = Database.open(config); NightlyRunner runner = new NightlyRunner(config, db,
        java.time.Duration.ofSeconds(lockLeaseSeconds))) {
      r = runner.run(date, force, model, maxRejectRate);
    }
    int exit = exitCode(r);
    switch (r.outcome()) {
      case COMPLETED -> System.out.printf("nightly %s completed in %.1f s; report: %s%n", date, r.seconds(),
          r.reportIndex());
      case ALREADY_DONE -> System.out.println(r.message() + (r.reportIndex() == null ? "" : " Report: " + r.reportIndex()));
      default -> System.err.println("error: " + r.message());
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("command", "nightly");
    summary.put("date", date.toString());
    summary.put("status", r.outcome().name());
    summary.put("exitCode", exit);
    summary.put("seconds", Math.round(r.seconds() * 10) / 10.0);
    summary.put("steps", r.steps());
    summary.put("report", r.reportIndex());
    if (r.message() != null) {
      summary.put("message", r.message());
    }
    json.print(System.out, summary);
    return exit;
  }

  public static int exitCode(NightlyResult r) {
    return switch (r.outcome()) {
      case COMPLETED, ALREADY_DONE -> ExitCodes.OK;
      case LOCKED -> ExitCodes.LOCKED;
      case FAILED -> r.badInput() ? ExitCodes.BAD_INPUT : ExitCodes.FAILED;
      case DATABASE_UNAVAILABLE -> ExitCodes.DB_UNAVAILABLE;
    };
  }
}
