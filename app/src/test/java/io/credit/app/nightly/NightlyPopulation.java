package io.credit.app.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.testing.TestSpark;
import io.credit.features.labels.LabelSpec;
import io.credit.generator.Generator;
import io.credit.generator.GeneratorSettings;
import io.credit.ingestion.IngestRequest;
import io.credit.ingestion.IngestResult;
import io.credit.ingestion.IngestRunner;
import io.credit.scoring.lifecycle.ModelLifecycle;
import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.registry.ModelRef;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.registry.PromotionGates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A small generated population ready for the nightly job, as the demo prepares it: the generator's
 * files in an inbox, every business date before {@link #DATE} ingested, a scorecard trained on
 * labelled features and promoted to champion. Prepared once per test JVM on H2 ({@link #shared()});
 * each test works on its own copy of the data folder ({@link #copy}). The baseline (an
 * uninterrupted nightly run on a copy) is computed once too.
 */
final class NightlyPopulation {
  static final int CUSTOMERS = 600;
  static final long SEED = 11;
  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  /** The business date the nightly tests run. */
  static final LocalDate DATE = LocalDate.of(2025, 2, 15);
  static final LocalDate TRAIN_AS_OF = LocalDate.of(2025, 1, 15);
  /** 5+ days past due within a month: enough bads in six weeks of generated ledger. */
  static final LabelSpec LABELS = new LabelSpec(5, 1);

  private static NightlyPopulation shared;
  private static RuntimeException failed;

  final Path root;
  final PlatformConfig config;
  private Baseline baseline;
  private AssertionError baselineFailed;

  /** What an uninterrupted nightly run of {@link #DATE} printed and left in the tables. */
  record Baseline(PlatformConfig config, Cli.Run run, Map<String, List<String>> tables) {}

  private NightlyPopulation(Path root, PlatformConfig config) {
    this.root = root;
    this.config = config;
  }

  /** The H2 population of this JVM, prepared on first use under a temporary folder removed at exit. */
  static synchronized NightlyPopulation shared() {
    if (failed != null) {
      throw new IllegalStateException("preparing the population failed in an earlier test", failed);
    }
    if (shared == null) {
      try {
        Path root = Files.createTempDirectory("nightly-population");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
        PlatformConfig config = PlatformConfig.defaults().withDataDir(root.resolve("base"))
            .withInboxDir(root.resolve("inbox"));
        try (Database db = Database.open(config)) {
          prepare(config, db);
        }
        shared = new NightlyPopulation(root, config);
      } catch (IOException e) {
        failed = new UncheckedIOException(e);
        throw failed;
      } catch (RuntimeException | AssertionError e) {
        failed = new IllegalStateException(e);
        throw e;
      }
    }
    return shared;
  }

  /** Generates the inbox (when missing), ingests the history, trains and promotes the champion. */
  static void prepare(PlatformConfig config, Database db) throws IOException {
    TestSpark.session(); // the in-process Spark steps then reuse the tests' local[2] session
    if (!Files.isDirectory(config.inboxDir().resolve(DATE.toString()))) {
      new Generator(new GeneratorSettings(CUSTOMERS, FROM, DATE, SEED, config.inboxDir(), 0.002)).run(line -> { });
    }
    try (IngestRunner runner = new IngestRunner(config, db)) {
      for (LocalDate d = FROM; d.isBefore(DATE); d = d.plusDays(1)) {
        IngestResult r = runner.ingest(IngestRequest.inbox(d, config.inboxDir()));
        assertTrue(r.ok(), d + ": " + r.message());
      }
    }
    ModelLifecycle lifecycle = new ModelLifecycle(TestSpark.session(), config, db);
    ModelRecord trained = lifecycle.train(ModelLifecycle.DEFAULT_MODEL, List.of(TRAIN_AS_OF), LABELS, "history_days < 7");
    ModelRegistry registry = new ModelRegistry(db.jdbi());
    registry.promote(new ModelRef(trained.name(), trained.version()), PromotionGates.defaults(), null, "test");
    assertTrue(registry.champion(ModelLifecycle.DEFAULT_MODEL).isPresent());
  }

  /** A private copy of the prepared data folder (database, lake, feature store) under {@code dir}; same inbox. */
  PlatformConfig copy(Path dir) {
    Path target = dir.resolve("data");
    try (Stream<Path> files = Files.walk(config.dataDir())) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(config.dataDir().relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (!p.getFileName().toString().endsWith(".lock.db")) {
          Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return config.withDataDir(target);
  }

  /** The nightly command's arguments for {@link #DATE} on a data folder, then {@code more}. */
  static String[] nightlyArgs(PlatformConfig config, String... more) {
    return Stream.concat(Stream.of("nightly", "--date", DATE.toString(), "--data-dir", config.dataDir().toString(),
        "--inbox", config.inboxDir().toString()), Stream.of(more)).toArray(String[]::new);
  }

  /** The uninterrupted run every other outcome is compared with (run once, in this JVM). */
  synchronized Baseline baseline() {
    if (baselineFailed != null) {
      throw new AssertionError("the baseline run failed in an earlier test", baselineFailed);
    }
    if (baseline == null) {
      PlatformConfig copy;
      try {
        copy = copy(Files.createTempDirectory(root, "baseline"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Cli.Run run = Cli.inProcess(nightlyArgs(copy, "--json"));
      if (run.exit() != 0) {
        baselineFailed = new AssertionError("the uninterrupted run failed: " + run);
        throw baselineFailed;
      }
      try (Database db = Database.open(copy)) {
        baseline = new Baseline(copy, run, TableContents.of(db, copy.dataDir()));
      }
    }
    return baseline;
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at exit
    }
  }
}
