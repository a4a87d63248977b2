package io.credit.ingestion.cli;

import io.credit.core.cli.BadInputException;
import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.ingestion.IngestRequest;
import io.credit.ingestion.IngestResult;
import io.credit.ingestion.IngestRunner;
import io.credit.ingestion.batch.IngestParameters;
import io.credit.ingestion.store.FileStats;
import java.io.PrintStream;
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

/** {@code ./credit ingest}: runs the Spring Batch job {@code ingest} for a business date or a foreign file. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
        "Loads a business date's input files (inbox/<date>/customers.csv, statements.csv, payments.csv, "
            + "transactions.csv) into the customer master, the repayment ledger and the Parquet transaction lake.",
        "Bad lines go to table ingest_rejects; a date already ingested is left as it is unless --force.",
        "With --file and --mapping, ingests a foreign export (e.g. --mapping czech-bank --file trans.asc), "
            + "split into business dates."})
public class IngestCommand implements Callable<Integer> {
  @Mixin PlatformOptions platform;
  @Mixin JsonOption json;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Business date D (required without --file).")
  LocalDate date;

  @Option(names = "--force", description = "Reprocess a date that was already ingested (ends with the same tables).")
  boolean force;

  @Option(names = "--max-reject-rate", paramLabel = "RATE", defaultValue = "0.05",
      description = "Fail a file whose share of rejected lines exceeds RATE (default: ${DEFAULT-VALUE} = 5%%).")
  double maxRejectRate;

  @Option(names = "--mapping", paramLabel = "NAME|FILE",
      description = "Layout of the transactions file: a shipped mapping (default, czech-bank) or a JSON mapping file.")
  String mapping;

  @Option(names = "--file", paramLabel = "FILE",
      description = "A foreign transactions export to ingest with --mapping (split into business dates if the "
          + "mapping says so; then --date picks one date).")
  Path file;

  @Option(names = "--dedupe-days", paramLabel = "DAYS", defaultValue = "" + IngestParameters.DEFAULT_DEDUPE_DAYS,
      description = "Check txn ids against lake partitions within DAYS of D (default: ${DEFAULT-VALUE}).")
  int dedupeDays;

  @Override
  public Integer call() {
    if (maxRejectRate < 0 || maxRejectRate > 1) {
      throw new BadInputException("--max-reject-rate must be between 0 and 1 (e.g. 0.05 for 5%), is " + maxRejectRate);
    }
    if (file == null && date == null) {
      throw new BadInputException("give --date YYYY-MM-DD (or --file with --mapping for a foreign export)");
    }
    if (file != null && mapping == null) {
      throw new BadInputException("--file needs --mapping (e.g. --mapping czech-bank)");
    }
    PlatformConfig config = platform.toConfig();
    List<IngestResult> results = new ArrayList<>();
    try (Database db = Database.open(config); IngestRunner runner = new IngestRunner(config, db)) {
      if (file != null) {
        results.addAll(runner.ingestForeignFile(file, mapping, date, maxRejectRate, force, dedupeDays));
      } else {
        results.add(runner.ingest(new IngestRequest(date, config.inboxDir().resolve(date.toString()), maxRejectRate,
            force, mapping, null, null, dedupeDays)));
      }
    }
    PrintStream out = System.out;
    results.forEach(r -> print(out, r, results.size() > 1));
    if (results.size() > 1) {
      printTotals(out, results);
    }
    json.print(out, summary(results));
    IngestResult failed = results.stream().filter(r -> !r.ok()).findFirst().orElse(null);
    if (failed != null) {
      if (failed.badInput()) {
        throw new BadInputException(failed.message());
      }
      throw new IllegalStateException("ingest of " + failed.runDate() + " failed: " + failed.message()
          + "; run the same command again to restart it");
    }
    return 0;
  }

  private static void print(PrintStream out, IngestResult r, boolean brief) {
    out.println("ingest " + r.runDate() + ": " + switch (r.outcome()) {
      case COMPLETED -> "completed";
      case ALREADY_DONE -> "already done, nothing changed (use --force to reprocess)";
      case FAILED -> "FAILED";
    });
    if (brief && r.outcome() == IngestResult.Outcome.ALREADY_DONE) {
      return;
    }
    for (FileStats s : r.files()) {
      out.printf("  %-18s read %,10d  loaded %,10d  rejected %,8d  duplicate %,8d  %s%n", s.fileName(), s.read(),
          s.loaded(), s.rejected(), s.duplicate(), s.status());
    }
  }

  private static void printTotals(PrintStream out, List<IngestResult> results) {
    long read = 0, loaded = 0, rejected = 0, duplicate = 0;
    for (IngestResult r : results) {
      for (FileStats s : r.files()) {
        read += s.read();
        loaded += s.loaded();
        rejected += s.rejected();
        duplicate += s.duplicate();
      }
    }
    out.printf("%d dates: read %,d  loaded %,d  rejected %,d  duplicate %,d%n", results.size(), read, loaded,
        rejected, duplicate);
  }

  private static Map<String, Object> summary(List<IngestResult> results) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("command", "ingest");
    m.put("ok", results.stream().allMatch(IngestResult::ok));
    m.put("dates", results.stream().map(r -> {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("date", r.runDate().toString());
      d.put("outcome", r.outcome().name());
      d.put("files", r.files().stream().map(IngestCommand::fileSummary).toList());
      if (r.message() != null) {
        d.put("message", r.message());
      }
      return d;
    }).toList());
    return m;
  }

  private static Map<String, Object> fileSummary(FileStats s) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("file", s.fileName());
    f.put("read", s.read());
    f.put("loaded", s.loaded());
    f.put("rejected", s.rejected());
    f.put("duplicate", s.duplicate());
    f.put("status", s.status());
    return f;
  }
}
