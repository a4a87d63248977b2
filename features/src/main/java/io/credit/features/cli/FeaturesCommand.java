package io.credit.features.cli;

import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.spark.SparkSessions;
import io.credit.features.FeatureJob;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit features --date D [--full-rebuild]}: compute and publish the features as of D. */
@Command(name = "features", mixinStandardHelpOptions = true,
    description = "Compute every customer's features as of a date from events strictly before it, and publish "
        + "them to the feature store (features/v=<version>/as_of=<date>/).",
    subcommands = {CatalogCommand.class, LabelsCommand.class})
public class FeaturesCommand implements Callable<Integer> {
  @Mixin
  PlatformOptions platform;
  @Mixin
  JsonOption json;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "As-of date D (features use events before D).")
  String date;

  @Option(names = "--full-rebuild", description = "Recompute the rolling state from the whole lake instead of "
      + "updating the latest earlier state (for backfills; gives the same values).")
  boolean fullRebuild;

  @Override
  public Integer call() {
    if (date == null) {
      throw new io.credit.core.cli.BadInputException("--date is required, e.g. ./credit features --date 2026-03-01");
    }
    LocalDate asOf = Dates.parse("--date", date);
    PlatformConfig config = platform.toConfig();
    FeatureJob.Result r = FeatureJob.run(SparkSessions.getOrCreate(config, "credit-features"), config, asOf,
        fullRebuild);
    System.out.printf("features as of %s: %d customers x %d features (v%s, %s build, %d lake days read, %.1f s)%n",
        r.asOf(), r.customers(), r.features(), r.featureSetVersion(), r.buildMode().toLowerCase(),
        r.lakeDaysRead(), r.millis() / 1000.0);
    System.out.println("  " + r.path());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("command", "features");
    summary.put("as_of_date", r.asOf().toString());
    summary.put("feature_set_version", r.featureSetVersion());
    summary.put("customers", r.customers());
    summary.put("features", r.features());
    summary.put("build_mode", r.buildMode());
    summary.put("previous_state", r.previousState() == null ? null : r.previousState().toString());
    summary.put("lake_days_read", r.lakeDaysRead());
    summary.put("path", r.path());
    summary.put("millis", r.millis());
    json.print(System.out, summary);
    return 0;
  }
}
