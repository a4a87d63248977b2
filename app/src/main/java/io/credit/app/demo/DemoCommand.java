package io.credit.app.demo;

import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit demo}: the whole platform end to end on generated data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Run the platform end to end on the embedded default (H2 + local Spark) with generated data: "
        + "generate a population, ingest its history, build features, train and backtest models, promote the "
        + "champion, run the nightly job for the last date and print where the report is.",
        "Safe to run again: completed dates are skipped, generated files are reused."})
public class DemoCommand implements Callable<Integer> {
  @Option(names = "--customers", defaultValue = "5000", description = "Population size (default: ${DEFAULT-VALUE}).")
  int customers;

  @Option(names = "--from", defaultValue = "2025-01-01", paramLabel = "YYYY-MM-DD",
      description = "First business date of the history (default: ${DEFAULT-VALUE}).")
  LocalDate from;

  @Option(names = "--months", defaultValue = "12", description = "Months of history, at least 9 (default: ${DEFAULT-VALUE}).")
  int months;

  @Option(names = "--seed", defaultValue = "7", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin
  PlatformOptions platform;

  @Mixin
  JsonOption json;

  @Override
  public Integer call() throws Exception {
    PlatformConfig config = platform.toConfig();
    DemoSettings settings = new DemoSettings(customers, from, from.plusMonths(months).minusDays(1), seed);
    Map<String, Object> summary = new DemoRun(config, settings, System.out).run();
    json.print(System.out, summary);
    return 0;
  }
}
