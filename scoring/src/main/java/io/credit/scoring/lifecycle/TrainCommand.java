package io.credit.scoring.lifecycle;

import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.spark.SparkSessions;
import io.credit.features.labels.LabelSpec;
import io.credit.scoring.registry.ModelNames;
import io.credit.scoring.registry.ModelRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit train --as-of D1,D2}: train a scorecard on historical snapshots; registers a challenger. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a scorecard on one or more historical feature snapshots, labelled from the repayment ledger "
        + "(bad = DPD threshold reached within the horizon after the as-of date), and register it as a challenger.")
public class TrainCommand implements Callable<Integer> {
  @Option(names = "--as-of", required = true, paramLabel = "D1,D2,…", description = "Snapshot dates to train on.")
  String asOf;

  @Option(names = "--name", defaultValue = ModelLifecycle.DEFAULT_MODEL, description = "Model name (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(names = "--dpd", defaultValue = "90", description = "Days past due that make a customer bad (default: ${DEFAULT-VALUE}).")
  int dpd;

  @Option(names = "--horizon-months", defaultValue = "12",
      description = "Months after the as-of date in which the DPD threshold counts (default: ${DEFAULT-VALUE}).")
  int horizonMonths;

  @Option(names = "--insufficient-data", defaultValue = ModelLifecycle.DEFAULT_INSUFFICIENT_DATA_RULE,
      description = "Condition (Spark SQL over the features) giving INSUFFICIENT_DATA instead of a score "
          + "(default: ${DEFAULT-VALUE}).")
  String insufficientData;

  @Mixin
  PlatformOptions platform;

  @Mixin
  JsonOption json;

  @Override
  public Integer call() {
    ModelNames.requireValid(name); // before anything starts: the name becomes a folder
    Dates.parseList("--as-of", asOf);
    PlatformConfig config = platform.toConfig();
    try (Database db = Database.open(config)) {
      ModelRecord m = new ModelLifecycle(SparkSessions.getOrCreate(config, "credit-train"), config, db)
          .train(name, Dates.parseList("--as-of", asOf), new LabelSpec(dpd, horizonMonths), insufficientData);
      System.out.println("registered " + m.id() + " (" + m.stage().name().toLowerCase() + ") from " + asOf
          + "; artifact " + m.artifactPath());
      System.out.println("metrics: " + m.metrics());
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("command", "train");
      summary.put("status", "OK");
      summary.put("model", m.id());
      summary.put("stage", m.stage().name());
      summary.put("artifact", m.artifactPath());
      json.print(System.out, summary);
      return 0;
    }
  }
}
