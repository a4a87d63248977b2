package io.credit.app.privacy;

import io.credit.core.cli.BadInputException;
import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.spark.SparkSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./credit subject export|erase}: data-subject requests. */
@Command(name = "subject", mixinStandardHelpOptions = true,
    description = "Data-subject requests: export everything held about a customer, or erase the customer.",
    subcommands = {SubjectCommand.Export.class, SubjectCommand.Erase.class})
public class SubjectCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  private static SubjectService service(PlatformConfig config, Database db) {
    return new SubjectService(config, db, () -> SparkSessions.getOrCreate(config, "credit-subject"));
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write everything held about a customer (every table, rejects, transaction lake, feature store, "
          + "audit entries) as one JSON document.")
  static class Export implements Callable<Integer> {
    @Option(names = "--customer", required = true, paramLabel = "ID", description = "Customer id, e.g. C00012345.")
    String customer;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output).")
    Path out;

    @Option(names = "--reason", paramLabel = "TEXT",
        description = "Why (e.g. the request reference); recorded in the audit log.")
    String reason;

    @Option(names = "--actor", defaultValue = "${env:USER:-cli}", description = "Who asks (recorded in the audit log).")
    String actor;

    @Mixin
    PlatformOptions platform;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws Exception {
      CustomerIds.requireValid(customer);
      requireNewFile(out);
      PlatformConfig config = platform.toConfig();
      try (Database db = Database.open(config)) {
        Map<String, Object> export = service(config, db).export(customer, actor, reason);
        String text = JsonOption.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(export);
        if (out == null) {
          System.out.println(text);
        } else {
          Files.writeString(out, text, java.nio.file.StandardOpenOption.CREATE_NEW);
          System.out.println("wrote " + out.toAbsolutePath());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("command", "subject export");
        summary.put("status", "OK");
        summary.put("customer", CustomerIds.requireValid(customer));
        summary.put("out", out == null ? "stdout" : out.toAbsolutePath().toString());
        json.print(System.out, summary);
      }
      return 0;
    }
  }

  /** Personal data is never written over an existing file, nor into a folder that is not there. */
  static void requireNewFile(Path out) {
    if (out == null) {
      return;
    }
    if (Files.exists(out)) {
      throw new BadInputException("--out " + out + " exists; choose a new file name");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new BadInputException("--out " + out + ": the folder does not exist");
    }
  }

  @Command(name = "erase", mixinStandardHelpOptions = true,
      description = {"Erase a customer from every store: tables, rejects, transaction lake (references as "
          + "counterparty become ERASED), feature store, scores and eligibility. Append-only audit entries keep "
          + "only the pseudonymous id; the erasure is recorded with who, when and why."})
  static class Erase implements Callable<Integer> {
    @Option(names = "--customer", required = true, paramLabel = "ID", description = "Customer id, e.g. C00012345.")
    String customer;

    @Option(names = "--reason", required = true, description = "Why (e.g. the request reference); recorded.")
    String reason;

    @Option(names = "--actor", defaultValue = "${env:USER:-cli}", description = "Who asks (recorded in the audit log).")
    String actor;

    @Mixin
    PlatformOptions platform;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
      CustomerIds.requireValid(customer);
      PlatformConfig config = platform.toConfig();
      try (Database db = Database.open(config)) {
        SubjectService.Erasure erasure = service(config, db).erase(customer, actor, reason);
        erasure.removed().forEach((store, n) -> System.out.printf("  %-22s %,d rows%n", store, n));
        System.out.println("erased " + erasure.customerId());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("command", "subject erase");
        summary.put("status", "OK");
        summary.put("customer", erasure.customerId());
        summary.put("removed", erasure.removed());
        json.print(System.out, summary);
      }
      return 0;
    }
  }
}
