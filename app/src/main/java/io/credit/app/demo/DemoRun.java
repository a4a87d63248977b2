package io.credit.app.demo;

import io.credit.core.config.PlatformConfig;
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

/** The demo's stages, in order, each reusing what an earlier run of the demo already did. */
final class DemoRun {
  private final PlatformConfig config;
  private final DemoSettings settings;
  private final PrintStream out;
  private final Map<String, Object> summary = new LinkedHashMap<>();
  private final long started = System.nanoTime();

  DemoRun(PlatformConfig config, DemoSettings settings, PrintStream out) {
    this.config = config;
    this.settings = settings;
    this.out = out;
  }

  Map<String, Object> run() throws IOException {
    summary.put("command", "demo");
    generate();
    try (Database db = Database.open(config)) {
      ingestHistory(db);
    }
    summary.put("status", "OK");
    summary.put("seconds", seconds());
    return summary;
  }

  private void generate() throws IOException {
    Path inbox = config.inboxDir();
    if (Files.isDirectory(inbox.resolve(settings.to().toString())) && Files.exists(inbox.resolve(Generator.GROUND_TRUTH))) {
      stage("1/2 generate", "reusing the generated files in " + inbox);
      return;
    }
    stage("1/2 generate", String.format("%,d customers, %s to %s, seed %d → %s", settings.customers(), settings.from(),
        settings.to(), settings.seed(), inbox));
    GenerationSummary g = new Generator(new GeneratorSettings(settings.customers(), settings.from(), settings.to(),
        settings.seed(), inbox, 0.002)).run(line -> out.println("    " + line));
    summary.put("transactionsGenerated", g.transactionRows());
  }

  private void ingestHistory(Database db) {
    stage("2/2 ingest", "every business date from " + settings.from() + " to " + settings.to());
    long loaded = 0;
    int done = 0;
    int skipped = 0;
    try (IngestRunner runner = new IngestRunner(config, db)) {
      for (LocalDate d = settings.from(); !d.isAfter(settings.to()); d = d.plusDays(1)) {
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
        if (d.plusDays(1).getDayOfMonth() == 1 || d.equals(settings.to())) {
          out.printf("    ingested up to %s (%d dates run, %d already done, %,d rows loaded, %.0f s)%n", d, done,
              skipped, loaded, seconds());
        }
      }
    }
    summary.put("datesIngested", done);
    summary.put("rowsLoaded", loaded);
  }

  private void stage(String name, String what) {
    out.printf("[%s] %s%n", name, what);
  }

  private double seconds() {
    return Math.round((System.nanoTime() - started) / 1e8) / 10.0;
  }
}
