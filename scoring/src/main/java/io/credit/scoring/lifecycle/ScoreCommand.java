package io.credit.scoring.lifecycle;

import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.spark.SparkSessions;
import io.credit.scoring.registry.ModelNames;
import io.credit.scoring.service.ScoringService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit score --date D}: apply the champion to D's features and write the scores table. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Apply the champion model to the features as of a date (computed if missing) and replace that "
        + "date's rows of the scores table: score, band, five dimension sub-scores, reason codes, status.")
public class ScoreCommand implements Callable<Integer> {
  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Business date to score.")
  LocalDate date;

  @Option(names = "--model", defaultValue = ModelLifecycle.DEFAULT_MODEL,
      description = "Model name whose champion scores (default: ${DEFAULT-VALUE}).")
  String model;

  @Mixin
  PlatformOptions platform;

  @Mixin
  JsonOption json;

  @Override
  public Integer call() {
    ModelNames.requireValid(model);
    PlatformConfig config = platform.toConfig();
    try (Database db = Database.open(config)) {
      ScoringService.ScoringRun run = new ModelLifecycle(SparkSessions.getOrCreate(config, "credit-score"), config, db)
          .scoreWithChampion(model, date);
      System.out.printf("scored %s with %s: %,d customers (%,d scored, %,d insufficient data, %,d no consent)%n",
          run.date(), run.model(), run.rows(), run.scored(), run.insufficientData(), run.noConsent());
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("command", "score");
      summary.put("status", "OK");
      summary.put("date", run.date().toString());
      summary.put("model", run.model());
      summary.put("rows", run.rows());
      summary.put("scored", run.scored());
      summary.put("insufficientData", run.insufficientData());
      summary.put("noConsent", run.noConsent());
      json.print(System.out, summary);
      return 0;
    }
  }
}
