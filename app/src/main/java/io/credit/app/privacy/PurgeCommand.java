package io.credit.app.privacy;

import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./credit purge}: applies the retention settings: raw transactions (lake partitions) and
 * ingest rejects (which quote raw lines) older than their retention are deleted.
 */
@Command(name = "purge", mixinStandardHelpOptions = true,
    description = "Delete raw data past its retention: transaction lake partitions and ingest rejects.")
public class PurgeCommand implements Callable<Integer> {
  @Option(names = "--transactions-days", defaultValue = "${env:CREDIT_RETENTION_TRANSACTIONS_DAYS:-730}",
      description = "Keep raw transactions this many days (default: ${DEFAULT-VALUE}; features look back 365 days).")
  int transactionsDays;

  @Option(names = "--rejects-days", defaultValue = "${env:CREDIT_RETENTION_REJECTS_DAYS:-180}",
      description = "Keep rejected lines this many days (default: ${DEFAULT-VALUE}).")
  int rejectsDays;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Reference date (default: today).")
  LocalDate asOf;

  @Option(names = "--dry-run", description = "Only report what would be deleted.")
  boolean dryRun;

  @Option(names = "--actor", defaultValue = "${env:USER:-cli}", description = "Who purges (recorded in the audit log).")
  String actor;

  @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "retention policy",
      description = "Why (recorded in the audit log with the cut-off dates; default: ${DEFAULT-VALUE}).")
  String reason;

  @Mixin
  PlatformOptions platform;

  @Mixin
  JsonOption json;

  @Override
  public Integer call() throws IOException {
    if (transactionsDays < 400) {
      throw new IllegalArgumentException("--transactions-days must be at least 400: the features read 365 days of history");
    }
    if (rejectsDays < 1) {
      throw new IllegalArgumentException("--rejects-days must be at least 1");
    }
    PlatformConfig config = platform.toConfig();
    LocalDate today = asOf == null ? LocalDate.now() : asOf;
    LocalDate txnCutoff = today.minusDays(transactionsDays);
    LocalDate rejectCutoff = today.minusDays(rejectsDays);
    int partitions = 0;
    Path dir = config.lakeDir().resolve("transactions");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> list = Files.list(dir)) {
        for (Path p : list.filter(p -> p.getFileName().toString().startsWith("date=")).sorted().toList()) {
          LocalDate d = LocalDate.parse(p.getFileName().toString().substring(5));
          if (d.isBefore(txnCutoff)) {
            partitions++;
            if (!dryRun) {
              ParquetCustomerRows.deleteRecursively(p);
            }
          }
        }
      }
    }
    long rejects;
    try (Database db = Database.open(config)) {
      rejects = db.jdbi().withHandle(h -> dryRun
          ? h.createQuery("select count(*) from ingest_rejects where run_date < :d").bind("d", Date.valueOf(rejectCutoff))
              .mapTo(Long.class).one()
          : (long) h.createUpdate("delete from ingest_rejects where run_date < :d").bind("d", Date.valueOf(rejectCutoff))
              .execute());
      if (!dryRun) {
        int parts = partitions;
        db.jdbi().useHandle(h -> h.createUpdate("insert into audit_log(at_time, actor, action, subject, details) "
                + "values (:at, :actor, 'RETENTION_PURGE', null, :details)")
            .bind("at", Timestamp.from(Instant.now())).bind("actor", truncate(actor, 128))
            .bind("details", truncate("reason: " + reason + "; lake partitions before " + txnCutoff + " ("
                + transactionsDays + " days): " + parts + "; rejects before " + rejectCutoff + " (" + rejectsDays
                + " days): " + rejects, 4000))
            .execute());
      }
    }
    System.out.printf("%s %d lake partitions dated before %s and %,d rejected lines from runs before %s%n",
        dryRun ? "would delete" : "deleted", partitions, txnCutoff, rejects, rejectCutoff);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("command", "purge");
    summary.put("status", "OK");
    summary.put("dryRun", dryRun);
    summary.put("lakePartitions", partitions);
    summary.put("rejects", rejects);
    json.print(System.out, summary);
    return 0;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
