package io.credit.scoring.cli;

import io.credit.core.cli.BadInputException;
import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.spark.SparkSessions;
import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.registry.ModelRef;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.service.ScoringService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./credit score --date D}: applies the champion (or a given version) to D's feature snapshot
 * ({@code <data-dir>/features/v=<feature set>/as_of=D/}) and replaces D's rows of {@code scores}.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Score every customer of a feature snapshot with the champion model into the scores table.")
public class ScoreCommand implements Callable<Integer> {
  @Mixin PlatformOptions platform;
  @Mixin JsonOption json;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "As-of date of the features.")
  LocalDate date;

  @Option(names = "--model", defaultValue = "scorecard", paramLabel = "NAME[:VERSION]",
      description = "Model name (its champion) or NAME:VERSION (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(names = "--no-consent-condition", paramLabel = "SQL",
      description = "Spark SQL condition over the snapshot's columns marking customers without consent (status NO_CONSENT).")
  String noConsent;

  @Override
  public Integer call() {
    PlatformConfig config = platform.toConfig();
    try (Database db = Database.open(config)) {
      ModelRegistry registry = new ModelRegistry(db.jdbi());
      ModelRecord m = model.contains(":") ? registry.require(ModelRef.parse(model))
          : registry.champion(model).orElseThrow(() -> new BadInputException("model '" + model
              + "' has no champion: promote one (./credit models promote NAME:V) or give NAME:VERSION"));
      Path snapshot = config.featureStoreDir().resolve("v=" + m.featureSetVersion()).resolve("as_of=" + date);
      if (!Files.isDirectory(snapshot)) {
        throw new BadInputException("no feature snapshot at " + snapshot + " (build the features of " + date + " first)");
      }
      SparkSession spark = SparkSessions.getOrCreate(config, "credit-score");
      Dataset<Row> features = spark.read().parquet(snapshot.toString());
      ScoringService.ScoringRun run = new ScoringService(db.jdbi()).scoreToTable(m, features, date, noConsent);
      System.out.printf("%s: scored %,d customers with %s (%,d scored, %,d insufficient data, %,d no consent)%n", date,
          run.rows(), run.model(), run.scored(), run.insufficientData(), run.noConsent());
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("date", date.toString());
      s.put("model", run.model());
      s.put("rows", run.rows());
      s.put("scored", run.scored());
      s.put("insufficient_data", run.insufficientData());
      s.put("no_consent", run.noConsent());
      json.print(System.out, s);
      return 0;
    }
  }
}
