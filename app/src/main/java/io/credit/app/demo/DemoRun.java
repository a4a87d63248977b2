package io.credit.app.demo;

import io.credit.app.nightly.NightlyResult;
import io.credit.app.nightly.NightlyRunner;
import io.credit.core.cli.BadInputException;
import io.credit.core.config.PlatformConfig;
import io.credit.core.spark.SparkSessions;
import io.credit.features.labels.LabelSpec;
import io.credit.lending.store.EligibilityDao;
import io.credit.lending.store.EligibilityRecord;
import io.credit.scoring.challenger.GbtSettings;
import io.credit.scoring.lifecycle.BacktestTable;
import io.credit.scoring.lifecycle.ModelLifecycle;
import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.registry.ModelRef;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.registry.PromotionGates;
import io.credit.scoring.service.BacktestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.credit.core.db.Database;
import io.credit.generator.GenerationSummary;
import io.credit.generator.Generator;
import io.credit.generator.GeneratorSettings;
import io.credit.ingestion.IngestRequest;
import io.credit.ingestion.IngestResult;
import io.credit.ingestion.IngestRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo's stages, in order, each reusing what an earlier run of the demo already did. The first
 * three ({@link #prepare}) also prepare the population of the fault-injection suite.
 */
public final class DemoRun {
  private final PlatformConfig config;
  private final DemoSettings settings;
  private final PrintStream out;
  private final Map<String, Object> summary = new LinkedHashMap<>();
  private final long started = System.nanoTime();

  public DemoRun(PlatformConfig config, DemoSettings settings, PrintStream out) {
    this.config = config;
    this.settings = settings;
    this.out = out;
  }

  /**
   * Stages 1 to 3: generates the population (or reuses it), ingests every date but the last, trains,
   * backtests and promotes the champion (or reuses it). Returns the champion.
   */
  public ModelRef prepare() throws IOException {
    generate();
    try (Database db = Database.open(config)) {
      ingestHistory(db);
      return trainBacktestPromote(db);
    }
  }

  Map<String, Object> run() throws IOException {
    summary.put("command", "demo");
    generate();
    try (Database db = Database.open(config)) {
      ingestHistory(db);
      ModelRef champion = trainBacktestPromote(db);
      NightlyResult nightly = nightly(db);
      showEligibility(db, champion);
      summary.put("report", nightly.reportIndex());
    }
    summary.put("status", "OK");
    summary.put("seconds", seconds());
    return summary;
  }

  private void generate() throws IOException {
    Path inbox = config.inboxDir();
    if (Files.isDirectory(inbox.resolve(settings.to().toString())) && Files.exists(inbox.resolve(Generator.GROUND_TRUTH))) {
      stage("1/5 generate", "reusing the generated files in " + inbox);
      return;
    }
    stage("1/5 generate", String.format("%,d customers, %s to %s, seed %d → %s", settings.customers(), settings.from(),
        settings.to(), settings.seed(), inbox));
    GenerationSummary g = new Generator(new GeneratorSettings(settings.customers(), settings.from(), settings.to(),
        settings.seed(), inbox, 0.002)).run(line -> out.println("    " + line));
    summary.put("transactionsGenerated", g.transactionRows());
  }

  private void ingestHistory(Database db) {
    stage("2/5 ingest", "every business date from " + settings.from() + " to " + settings.lastHistoryDate()
        + " (the nightly job ingests " + settings.to() + ")");
    long loaded = 0;
    int done = 0;
    int skipped = 0;
    try (IngestRunner runner = new IngestRunner(config, db)) {
      for (LocalDate d = settings.from(); !d.isAfter(settings.lastHistoryDate()); d = d.plusDays(1)) {
        IngestResult r = runner.ingest(IngestRequest.inbox(d, config.inboxDir()));
        if (!r.ok()) {
          throw new IllegalStateException("ingest of " + d + " failed: " + r.message());
        }
        if (r.outcome() == IngestResult.Outcome.ALREADY_DONE) {
          skipped++;
        } else {
          done++;
          loaded += r.files().stream().mapToLong(f -> f.loaded()).sum();
        }
        if (d.plusDays(1).getDayOfMonth() == 1 || d.equals(settings.lastHistoryDate())) {
          out.printf("    ingested up to %s (%d dates run, %d already done, %,d rows loaded, %.0f s)%n", d, done,
              skipped, loaded, seconds());
        }
      }
    }
    summary.put("datesIngested", done);
    summary.put("rowsLoaded", loaded);
  }

  /**
   * Trains the first scorecard and the GBT challenger on the early snapshots, backtests both out of time
   * on the later ones (with the generator's ground truth as the oracle), prints them side by side and
   * promotes the scorecard (the registry's gates apply once a champion exists; a GBT is never champion).
   * Reuses an existing champion.
   */
  private ModelRef trainBacktestPromote(Database db) {
    ModelRegistry registry = new ModelRegistry(db.jdbi());
    Optional<ModelRecord> existing = registry.champion(ModelLifecycle.DEFAULT_MODEL);
    if (existing.isPresent()) {
      stage("3/5 models", "reusing champion " + existing.get().id());
      return new ModelRef(existing.get().name(), existing.get().version());
    }
    ModelLifecycle lifecycle = new ModelLifecycle(SparkSessions.getOrCreate(config, "credit-demo"), config, db);
    LabelSpec labels = new LabelSpec(90, settings.labelHorizonMonths());
    stage("3/5 models", "features, labels (90+ DPD within " + labels.horizonMonths() + " months), a scorecard and a "
        + "GBT challenger trained on " + settings.trainingDates() + ", backtested on " + settings.backtestDates());
    double t0 = seconds();
    ModelRecord trained = lifecycle.train(ModelLifecycle.DEFAULT_MODEL, settings.trainingDates(), labels,
        ModelLifecycle.DEFAULT_INSUFFICIENT_DATA_RULE);
    ModelRef ref = new ModelRef(trained.name(), trained.version());
    double t1 = seconds();
    out.printf("    trained %s (%.0f s)%n", ref, t1 - t0);
    GbtSettings gbt = settings.gbtSettings();
    ModelRecord challenger = lifecycle.trainGbt(ModelLifecycle.DEFAULT_GBT_MODEL, settings.trainingDates(), labels,
        ModelLifecycle.DEFAULT_INSUFFICIENT_DATA_RULE, gbt);
    ModelRef gbtRef = new ModelRef(challenger.name(), challenger.version());
    double gbtTrainSeconds = seconds() - t1;
    out.printf("    trained %s: %d trees of depth %d, step %.2f (%.0f s)%n", gbtRef, gbt.trees(), gbt.maxDepth(),
        gbt.stepSize(), gbtTrainSeconds);
    Path truth = config.inboxDir().resolve(Generator.GROUND_TRUTH);
    BacktestTable table = new BacktestTable(out, "    ");
    table.header();
    List<Map<String, Object>> backtests = new ArrayList<>();
    double gbtBacktestSeconds = 0;
    for (LocalDate d : settings.backtestDates()) {
      for (ModelRef m : List.of(ref, gbtRef)) {
        double start = seconds();
        BacktestResult r;
        try {
          r = lifecycle.backtest(m, d, labels, truth);
        } catch (BadInputException e) {
          out.println("    backtest skipped: " + e.getMessage());
          continue;
        }
        if (m.equals(gbtRef)) {
          gbtBacktestSeconds += seconds() - start;
        }
        table.row(r);
        backtests.add(BacktestTable.summary(r));
      }
    }
    out.printf("    the GBT challenger added %.0f s (training %.0f s, backtests %.0f s)%n",
        gbtTrainSeconds + gbtBacktestSeconds, gbtTrainSeconds, gbtBacktestSeconds);
    registry.promote(ref, PromotionGates.defaults(), null, "demo");
    out.println("    promoted " + ref + " to champion (the GBT stays a challenger: the champion must be an "
        + "interpretable scorecard)");
    summary.put("champion", ref.toString());
    summary.put("challenger", gbtRef.toString());
    summary.put("backtests", backtests);
    summary.put("gbtSeconds", Math.round(gbtTrainSeconds + gbtBacktestSeconds));
    return ref;
  }

  private NightlyResult nightly(Database db) {
    stage("4/5 nightly", "the nightly job for " + settings.to());
    try (NightlyRunner runner = new NightlyRunner(config, db)) {
      NightlyResult r = runner.run(settings.to(), false, ModelLifecycle.DEFAULT_MODEL, 0.05);
      if (r.outcome() != NightlyResult.Outcome.COMPLETED && r.outcome() != NightlyResult.Outcome.ALREADY_DONE) {
        throw new IllegalStateException("nightly for " + settings.to() + ": " + r.message());
      }
      if (r.outcome() == NightlyResult.Outcome.ALREADY_DONE) {
        out.println("    " + r.message());
      }
      return r;
    }
  }

  private void showEligibility(Database db, ModelRef champion) {
    stage("5/5 results", "");
    EligibilityDao dao = db.jdbi().onDemand(EligibilityDao.class);
    List<EligibilityRecord> sample = new ArrayList<>();
    for (String product : List.of("CREDIT_LINE", "RENTAL_APARTMENT")) {
      sample.addAll(dao.findCurrentByProduct(product, "", 2));
    }
    out.println("    a few current eligibility decisions (what lending products read):");
    for (EligibilityRecord e : sample) {
      out.printf("      %s %-12s %-14s score %-4s %s%n", e.customerId(), e.product(), e.decision(),
          e.score() == null ? "–" : e.score(),
          e.creditLimit() != null ? "line " + e.creditLimit() : e.depositWaived() != null ? "deposit waived " + e.depositWaived() : "");
    }
    out.println("    query them yourself: ./credit serve --port 8080  (API keys: ./credit api-key --help)");
    Path index = config.reportsDir().resolve(settings.to().toString()).resolve("index.html");
    out.println("    report for credit officers: " + index);
    out.println("    champion model: " + champion + " (./credit models list)");
  }

  private void stage(String name, String what) {
    out.printf("[%s] %s%n", name, what);
  }

  private double seconds() {
    return Math.round((System.nanoTime() - started) / 1e8) / 10.0;
  }
}
