package io.credit.lending.cli;

import io.credit.core.cli.BadInputException;
import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.db.Database;
import io.credit.lending.store.AuditCsvExporter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit eligibility-audit --from D --to D --out FILE}: the decision audit as CSV. */
@Command(name = "eligibility-audit", mixinStandardHelpOptions = true,
    description = "Export the append-only eligibility decision audit for a range of run dates as CSV.")
public class AuditExportCommand implements Callable<Integer> {
  @Mixin
  PlatformOptions platform;
  @Mixin
  JsonOption json;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First run date.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last run date (default: --from).")
  String to;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "CSV file to create (refuses to overwrite); '-' for standard output.")
  String out;

  @Override
  public Integer call() throws IOException {
    LocalDate first = DateOption.parse("--from", from);
    LocalDate last = to == null ? first : DateOption.parse("--to", to);
    if (last.isBefore(first)) {
      throw new BadInputException("--to " + last + " is before --from " + first);
    }
    if (out.isBlank() || out.indexOf('\0') >= 0) {
      throw new BadInputException("--out must name a file, or '-' for standard output");
    }
    try (Database db = Database.open(platform.toConfig())) {
      AuditCsvExporter exporter = new AuditCsvExporter(db.jdbi());
      long rows;
      if (out.equals("-")) {
        Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        rows = exporter.export(w, first, last);
      } else {
        Path file = Path.of(out);
        if (Files.exists(file)) {
          throw new BadInputException("--out " + file + " exists; choose a new file name");
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
          rows = exporter.export(w, first, last);
        } catch (java.nio.file.NoSuchFileException e) {
          throw new BadInputException("--out " + file + ": the folder does not exist");
        }
        System.out.println(rows + " audit entries written to " + file);
      }
      json.print(System.out, Map.of("rows", rows, "from", first.toString(), "to", last.toString()));
      return 0;
    }
  }
}
