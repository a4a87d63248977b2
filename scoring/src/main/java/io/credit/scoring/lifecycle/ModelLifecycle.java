package io.credit.scoring.lifecycle;

import io.credit.core.cli.BadInputException;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.features.catalog.FeatureCatalog;
import io.credit.features.labels.LabelSpec;
import io.credit.scoring.challenger.GbtSettings;
import io.credit.scoring.evaluation.GroundTruth;
import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.registry.ModelRef;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.service.BacktestResult;
import io.credit.scoring.service.BacktestService;
import io.credit.scoring.service.GbtTrainingService;
import io.credit.scoring.service.ScoringService;
import io.credit.scoring.service.TrainingService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Train, backtest and score on the platform's own feature store: what {@code ./credit train},
 * {@code backtest} and {@code score} run, and the nightly job's score step.
 */
public final class ModelLifecycle {
  /** The model the nightly job scores with unless told otherwise. */
  public static final String DEFAULT_MODEL = "credit-scorecard";
  /** The name of the GBT challenger unless told otherwise. */
  public static final String DEFAULT_GBT_MODEL = "credit-gbt";
  /** Customers with less history than this get INSUFFICIENT_DATA instead of a score. */
  public static final String DEFAULT_INSUFFICIENT_DATA_RULE = "history_days < 60";

  private final SparkSession spark;
  private final PlatformConfig config;
  private final Database db;
  private final FeatureSnapshots snapshots;

  public ModelLifecycle(SparkSession spark, PlatformConfig config, Database db) {
    this.spark = spark;
    this.config = config;
    this.db = db;
    this.snapshots = new FeatureSnapshots(spark, config);
  }

  /** Trains a scorecard on labelled snapshots and registers it as a challenger. */
  public ModelRecord train(String name, List<LocalDate> asOfDates, LabelSpec labels, String insufficientDataRule) {
    return withLabelled(asOfDates, labels, labelled -> new TrainingService(new ModelRegistry(db.jdbi()),
        config.modelsDir()).train(labelled, new TrainingService.Request(name, FeatureCatalog.VERSION, asOfDates,
        FeatureSnapshots.LABEL, FeatureSnapshots.dimensions(), FeatureSnapshots.reasonPhrases(), insufficientDataRule)));
  }

  /**
   * Trains the GBT challenger on the same labelled snapshots as {@link #train} and registers it as a
   * challenger of kind {@code gbt}; {@code insufficientDataRule} is kept so its backtests leave out the
   * same customers as the scorecard's.
   */
  public ModelRecord trainGbt(String name, List<LocalDate> asOfDates, LabelSpec labels, String insufficientDataRule,
      GbtSettings settings) {
    return withLabelled(asOfDates, labels, labelled -> new GbtTrainingService(new ModelRegistry(db.jdbi()),
        config.modelsDir()).train(labelled, new GbtTrainingService.Request(name, FeatureCatalog.VERSION, asOfDates,
        FeatureSnapshots.LABEL, insufficientDataRule, settings)));
  }

  /**
   * The labelled snapshots, cached on one partition per core (binning, the regression and the trees
   * run many small jobs over them), refused below 200 rows; unpersisted after {@code training}.
   */
  private ModelRecord withLabelled(List<LocalDate> asOfDates, LabelSpec labels,
      java.util.function.Function<Dataset<Row>, ModelRecord> training) {
    Dataset<Row> labelled = snapshots.labelled(asOfDates, labels).drop("as_of_date")
        .coalesce(Math.max(1, spark.sparkContext().defaultParallelism())).cache();
    try {
      long rows = labelled.count();
      if (rows < 200) {
        throw new BadInputException("only " + rows + " labelled customers on " + asOfDates
            + ": train on earlier as-of dates (labels need " + labels.horizonMonths() + " months of ledger after them) "
            + "or on more customers");
      }
      return training.apply(labelled);
    } finally {
      labelled.unpersist();
    }
  }

  /** Out-of-time evaluation of a model version on one as-of date (stored in {@code backtests}). */
  public BacktestResult backtest(ModelRef ref, LocalDate asOf, LabelSpec labels) {
    return backtest(ref, asOf, labels, null);
  }

  /**
   * The same, with the oracle: {@code groundTruth} (a generator's {@code ground_truth.csv}, or null) adds
   * the AUC of the true probabilities on the same customers and labels, and the model's AUC / oracle AUC.
   */
  public BacktestResult backtest(ModelRef ref, LocalDate asOf, LabelSpec labels, Path groundTruth) {
    ModelRecord record = new ModelRegistry(db.jdbi()).require(ref).locatedUnder(config.modelsDir());
    Dataset<Row> labelled = snapshots.labelled(List.of(asOf), labels);
    Dataset<Row> truth = groundTruth == null ? null : GroundTruth.read(spark, groundTruth);
    return new BacktestService(new ModelRegistry(db.jdbi())).run(record, labelled, FeatureSnapshots.LABEL, asOf,
        truth);
  }

  /** Scores every customer of D's snapshot with the champion of {@code name} into {@code scores}. */
  public ScoringService.ScoringRun scoreWithChampion(String name, LocalDate date) {
    ModelRecord champion = new ModelRegistry(db.jdbi()).champion(name).orElseThrow(() -> new BadInputException(
        "no champion for model '" + name + "': train one (./credit train --as-of …), backtest it and promote it "
            + "(./credit models promote " + name + ":1), or run ./credit demo")).locatedUnder(config.modelsDir());
    Dataset<Row> noConsent = spark.read().format("jdbc").options(JdbcOptions.of(config))
        .option("query", "select customer_id from customers where consent_scoring = false").load();
    Dataset<Row> features = FeatureSnapshots.withConsent(snapshots.features(date), noConsent);
    return new ScoringService(db.jdbi()).scoreToTable(champion, features, date, "no_consent");
  }
}
