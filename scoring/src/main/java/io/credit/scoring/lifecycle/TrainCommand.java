package io.credit.scoring.lifecycle;

import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.spark.SparkSessions;
import io.credit.features.labels.LabelSpec;
import io.credit.core.cli.BadInputException;
import io.credit.scoring.challenger.GbtSettings;
import io.credit.scoring.challenger.ModelKind;
import io.credit.scoring.registry.ModelNames;
import io.credit.scoring.registry.ModelRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./credit train --as-of D1,D2 [--model gbt]}: train a scorecard (or the GBT challenger) on historical
 * snapshots; registers a challenger.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a scorecard (or, with --model gbt, MLlib gradient-boosted trees on the same features) on one "
        + "or more historical feature snapshots, labelled from the repayment ledger (bad = DPD threshold reached "
        + "within the horizon after the as-of date), and register it as a challenger.")
public class TrainCommand implements Callable<Integer> {
  @Option(names = "--as-of", required = true, paramLabel = "D1,D2,…", description = "Snapshot dates to train on.")
  String asOf;

  @Option(names = "--model", defaultValue = "scorecard", paramLabel = "scorecard|gbt",
      description = "scorecard (the interpretable model that can become champion) or gbt (MLlib gradient-boosted "
          + "trees, a challenger for comparison only) (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(names = "--name", description = "Model name (default: " + ModelLifecycle.DEFAULT_MODEL + ", or "
      + ModelLifecycle.DEFAULT_GBT_MODEL + " with --model gbt).")
  String name;

  @Option(names = "--trees", defaultValue = "100", description = "GBT: boosting iterations (default: ${DEFAULT-VALUE}).")
  int trees;

  @Option(names = "--max-depth", defaultValue = "3", description = "GBT: depth of each tree (default: ${DEFAULT-VALUE}).")
  int maxDepth;

  @Option(names = "--step-size", defaultValue = "0.05", description = "GBT: learning rate (default: ${DEFAULT-VALUE}).")
  double stepSize;

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
    if (name != null) {
      ModelNames.requireValid(name); // before anything starts: the name becomes a folder
    }
    Dates.parseList("--as-of", asOf);
    PlatformConfig config = platform.toConfig();
    boolean gbt;
    GbtSettings settings;
    try {
      gbt = ModelKind.parse(model) == ModelKind.GBT;
      GbtSettings d = GbtSettings.defaults();
      settings = new GbtSettings(trees, maxDepth, stepSize, d.subsamplingRate(), d.seed());
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    try (Database db = Database.open(config)) {
      ModelLifecycle lifecycle = new ModelLifecycle(SparkSessions.getOrCreate(config, "credit-train"), config, db);
      List<LocalDate> dates = Dates.parseList("--as-of", asOf);
      LabelSpec labels = new LabelSpec(dpd, horizonMonths);
      ModelRecord m = gbt
          ? lifecycle.trainGbt(name == null ? ModelLifecycle.DEFAULT_GBT_MODEL : name, dates, labels, insufficientData,
              settings)
          : lifecycle.train(name == null ? ModelLifecycle.DEFAULT_MODEL : name, dates, labels, insufficientData);
      System.out.println("registered " + m.id() + " (" + m.stage().name().toLowerCase() + ") from " + asOf
          + "; artifact " + m.artifactPath());
      System.out.println("metrics: " + m.metrics());
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("command", "train");
      summary.put("status", "OK");
      summary.put("model", m.id());
      summary.put("kind", m.kind());
      summary.put("stage", m.stage().name());
      summary.put("artifact", m.artifactPath());
      json.print(System.out, summary);
      return 0;
    }
  }
}
