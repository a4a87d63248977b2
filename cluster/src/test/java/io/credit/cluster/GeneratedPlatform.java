package io.credit.cluster;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.generator.Generator;
import io.credit.generator.GeneratorSettings;
import io.credit.ingestion.IngestRequest;
import io.credit.ingestion.IngestResult;
import io.credit.ingestion.IngestRunner;
import io.credit.features.labels.LabelSpec;
import io.credit.scoring.lifecycle.ModelLifecycle;
import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.registry.ModelRef;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.registry.PromotionGates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.io.FileUtils;
import org.apache.spark.SparkConf;

/**
 * A platform data directory filled the way a deployment fills it: input files from the generator,
 * every business date through the {@code ingest} job (customers and ledger in the embedded H2 file
 * database, transactions in the lake), then a scorecard trained on labelled feature snapshots
 * ({@code ./credit train}'s code) and promoted to champion. Copies of it are the identical starting
 * points of the runs to compare.
 *
 * @param config   the prepared platform (its data directory holds the database, lake, feature store and model)
 * @param champion the promoted scorecard
 */
record GeneratedPlatform(PlatformConfig config, ModelRef champion) {

  /** What to generate and how to train. */
  record Settings(int customers, LocalDate from, LocalDate to, long seed, List<LocalDate> trainingDates,
      LabelSpec labels) {}

  /**
   * Generates, ingests every date of the population, trains and promotes, with Spark settings
   * {@code spark} for the training; {@code dir} gets {@code inbox/} and {@code data/}.
   */
  static GeneratedPlatform prepare(Path dir, Settings settings, SparkConf spark) {
    PlatformConfig config = PlatformConfig.defaults().withDataDir(dir.resolve("data")).withInboxDir(dir.resolve("inbox"));
    try {
      new Generator(new GeneratorSettings(settings.customers(), settings.from(), settings.to(), settings.seed(),
          config.inboxDir(), 0)).run(line -> { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Database db = Database.open(config)) {
      try (IngestRunner runner = new IngestRunner(config, db)) {
        for (LocalDate d = settings.from(); !d.isAfter(settings.to()); d = d.plusDays(1)) {
          IngestResult r = runner.ingest(IngestRequest.inbox(d, config.inboxDir()));
          if (r.outcome() != IngestResult.Outcome.COMPLETED) {
            throw new IllegalStateException("ingest of " + d + ": " + r.outcome() + " " + r.message());
          }
        }
      }
      ModelRecord trained = SparkParity.withSession(spark, session -> new ModelLifecycle(session, config, db)
          .train(ModelLifecycle.DEFAULT_MODEL, settings.trainingDates(), settings.labels(),
              ModelLifecycle.DEFAULT_INSUFFICIENT_DATA_RULE));
      ModelRef ref = new ModelRef(trained.name(), trained.version());
      new ModelRegistry(db.jdbi()).promote(ref, PromotionGates.defaults(), null, "cluster-test");
      return new GeneratedPlatform(config, ref);
    }
  }

  /**
   * A copy of the data directory (database file, lake, feature store and its rolling state) at
   * {@code target}, same inbox; the registry in the copy still points at the model saved here.
   */
  PlatformConfig copyTo(Path target) {
    try {
      FileUtils.copyDirectory(config.dataDir().toFile(), target.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return config.withDataDir(target);
  }
}
