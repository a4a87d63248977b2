package io.credit.scoring.cli;

import io.credit.core.cli.BadInputException;
import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.spark.SparkSessions;
import io.credit.scoring.binning.BinningSettings;
import io.credit.scoring.binning.MonotonicTrend;
import io.credit.scoring.challenger.ModelKind;
import io.credit.scoring.challenger.RiskModel;
import io.credit.scoring.challenger.ScorecardRiskModel;
import io.credit.scoring.data.LabelledCsvReader;
import io.credit.scoring.data.LabelledData;
import io.credit.scoring.evaluation.BinaryMetrics;
import io.credit.scoring.evaluation.EvaluationResult;
import io.credit.scoring.evaluation.ModelEvaluation;
import io.credit.scoring.scorecard.Scorecard;
import io.credit.scoring.scorecard.ScorecardFeature;
import io.credit.scoring.scorecard.ScorecardTable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit scorecard}: trains a scorecard (or GBT) on any labelled CSV and reports AUC, KS and Gini. */
@Command(name = "scorecard", mixinStandardHelpOptions = true,
    description = {"Train a scorecard (or a GBT challenger) on any labelled CSV: types are inferred, categorical "
        + "columns detected, empty/NA/NaN/? read as missing. Prints AUC, KS and Gini (cross-validated, or on "
        + "--test), then fits on the whole file and writes the model and the scorecard table to --out."})
public class ScorecardCommand implements Callable<Integer> {
  @Mixin PlatformOptions platform;
  @Mixin JsonOption json;

  @Option(names = "--train", required = true, paramLabel = "FILE.csv", description = "Labelled training data.")
  Path train;

  @Option(names = "--target", required = true, paramLabel = "COL", description = "The outcome column.")
  String target;

  @Option(names = "--bad-value", paramLabel = "V",
      description = "Value of the target meaning bad (default: 1 when the target is 0/1).")
  String badValue;

  @Option(names = "--cv", paramLabel = "K", description = "Stratified K-fold cross-validation (default 5).")
  Integer cv;

  @Option(names = "--test", paramLabel = "FILE.csv", description = "Evaluate on this file instead of cross-validating.")
  Path test;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the model and the scorecard "
      + "(default: <data-dir>/models/<file name>-<model>).")
  Path out;

  @Option(names = "--model", defaultValue = "scorecard", paramLabel = "scorecard|gbt",
      description = "Model family (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the fold assignment (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--max-bins", defaultValue = "8", description = "Most bins per feature (default: ${DEFAULT-VALUE}).")
  int maxBins;

  @Option(names = "--min-bin-share", defaultValue = "0.05",
      description = "Least share of rows per bin (default: ${DEFAULT-VALUE}).")
  double minBinShare;

  @Option(names = "--min-bads-per-bin", defaultValue = "5", description = "Least bads per bin (default: ${DEFAULT-VALUE}).")
  int minBads;

  @Option(names = "--monotonic", defaultValue = "auto", paramLabel = "auto|ascending|descending|none",
      description = "Bad-rate trend of numeric bins (default: ${DEFAULT-VALUE}).")
  String monotonic;

  @Option(names = "--special-values", split = ",", paramLabel = "V", description = "Numeric values binned on their own, e.g. -1,-999.")
  double[] specialValues;

  @Override
  public Integer call() throws IOException {
    if (cv != null && test != null) {
      throw new BadInputException("give either --cv K or --test FILE.csv, not both");
    }
    ModelKind kind = ModelKind.parse(model);
    BinningSettings settings = new BinningSettings(20, minBinShare, minBads, maxBins, MonotonicTrend.parse(monotonic),
        specialValues, 0.01);
    UnaryOperator<Scorecard> configure = s -> s.setBinningSettings(settings);
    SparkSession spark = SparkSessions.getOrCreate(platform.toConfig(), "credit-scorecard");
    LabelledCsvReader reader = new LabelledCsvReader(spark);
    LabelledData data = reader.read(train, target, badValue);
    data.rows().cache();
    PrintStream o = System.out;
    o.printf("%s: %d rows, %d numeric and %d categorical columns%n", train.getFileName(), data.rows().count(),
        data.numeric().size(), data.categorical().size());
    data.dropped().forEach((c, why) -> o.printf("  column %s not used: %s%n", c, why));

    EvaluationResult eval = test != null
        ? ModelEvaluation.holdout(data, reader.readLike(test, target, badValue, data), kind, configure)
        : ModelEvaluation.crossValidate(data, kind, cv == null ? 5 : cv, seed, configure);
    BinaryMetrics m = eval.mean();
    o.printf(Locale.ROOT, "%s, %s: AUC %.4f  KS %.4f  Gini %.4f  Brier %.4f%n", kind.name().toLowerCase(Locale.ROOT),
        eval.protocol(), m.auc(), m.ks(), m.gini(), m.brier());

    Path dir = out != null ? out : platform.toConfig().modelsDir()
        .resolve(train.getFileName().toString().replaceFirst("\\.csv$", "") + "-" + kind.name().toLowerCase(Locale.ROOT));
    Files.createDirectories(dir);
    RiskModel fitted = kind.fit(data.rows(), data, configure);
    fitted.save(dir.resolve("model").toString());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("model", kind.name().toLowerCase(Locale.ROOT));
    summary.put("protocol", eval.protocol());
    summary.put("auc", m.auc());
    summary.put("ks", m.ks());
    summary.put("gini", m.gini());
    summary.put("brier", m.brier());
    summary.put("folds", eval.folds().stream().map(BinaryMetrics::auc).toList());
    summary.put("rows", data.rows().count());
    summary.put("out", dir.toString());
    if (fitted instanceof ScorecardRiskModel sc) {
      ScorecardTable table = sc.model().table();
      table.write(dir);
      o.printf("scorecard: %d features (points %.0f–%.0f before clamping); written to %s%n", table.features().size(),
          table.minRaw(), table.maxRaw(), dir.resolve("scorecard.csv"));
      for (ScorecardFeature f : table.features()) {
        o.printf(Locale.ROOT, "  %-45s IV %.3f  %d bins%n", f.feature(), f.iv(), f.binning().bins().size());
      }
      Map<String, Double> iv = new LinkedHashMap<>();
      table.features().forEach(f -> iv.put(f.feature(), f.iv()));
      summary.put("iv", iv);
      summary.put("dropped", table.dropped());
    }
    Files.writeString(dir.resolve("metrics.json"), JsonOption.toJson(summary));
    json.print(o, summary);
    return 0;
  }
}
