package io.credit.scoring.lifecycle;

import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.spark.SparkSessions;
import io.credit.features.labels.LabelSpec;
import io.credit.scoring.registry.ModelRef;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.service.BacktestResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit backtest --models N:V1,N:V2 --as-of D1,D2}: out-of-time evaluation, side by side. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = "Evaluate model versions (scorecards and GBT challengers) out of time on historical snapshots: AUC "
        + "(95%% bootstrap interval), KS, Gini, Brier, bad rate by band, calibration by decile, score PSI and CSI "
        + "against training; with --ground-truth the oracle AUC. Printed side by side, champion first; stored for reports.")
public class BacktestCommand implements Callable<Integer> {
  @Option(names = "--models", required = true, paramLabel = "NAME:V,…", description = "Model versions to compare.")
  String models;

  @Option(names = "--as-of", required = true, paramLabel = "D1,D2,…", description = "Snapshot dates to evaluate on.")
  String asOf;

  @Option(names = "--dpd", defaultValue = "90", description = "Days past due that make a customer bad (default: ${DEFAULT-VALUE}).")
  int dpd;

  @Option(names = "--horizon-months", defaultValue = "12", description = "Label horizon (default: ${DEFAULT-VALUE}).")
  int horizonMonths;

  @Option(names = "--ground-truth", paramLabel = "FILE",
      description = "A generator's ground_truth.csv: adds the oracle AUC (true pd_12m) on the same customers and "
          + "labels, and the model's AUC / oracle AUC.")
  Path groundTruth;

  @Mixin
  PlatformOptions platform;

  @Mixin
  JsonOption json;

  @Override
  public Integer call() {
    PlatformConfig config = platform.toConfig();
    List<LocalDate> dates = Dates.parseList("--as-of", asOf);
    List<ModelRef> refs = new ArrayList<>();
    for (String m : models.split(",")) {
      refs.add(ModelRef.parse(m.trim()));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Database db = Database.open(config)) {
      ModelLifecycle lifecycle = new ModelLifecycle(SparkSessions.getOrCreate(config, "credit-backtest"), config, db);
      List<ModelRef> ordered = BacktestTable.championFirst(refs, new ModelRegistry(db.jdbi()));
      BacktestTable table = new BacktestTable(System.out, "");
      table.header();
      for (LocalDate d : dates) {
        for (ModelRef ref : ordered) {
          BacktestResult r = lifecycle.backtest(ref, d, new LabelSpec(dpd, horizonMonths), groundTruth);
          table.row(r);
          rows.add(BacktestTable.summary(r));
        }
      }
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("command", "backtest");
    summary.put("status", "OK");
    summary.put("results", rows);
    json.print(System.out, summary);
    return 0;
  }
}
