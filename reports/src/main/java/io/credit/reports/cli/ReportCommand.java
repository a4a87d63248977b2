package io.credit.reports.cli;

import io.credit.core.cli.BadInputException;
import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.reports.ReportOptions;
import io.credit.reports.ReportService;
import io.credit.reports.ReportSummary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit report --date D [--out DIR]}: writes the static report site of a business date. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the credit officers' report site (HTML + CSV, works offline) for a business date.")
public class ReportCommand implements Callable<Integer> {
  @Mixin
  PlatformOptions platform;

  @Mixin
  JsonOption json;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Business date to report on.")
  String date;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Folder to write the site into (default: <data-dir>/reports/<date>/). Replaced as a whole; "
          + "must be new, empty or an earlier report.")
  Path out;

  @Option(names = "--customers-per-group", paramLabel = "N", defaultValue = "100",
      description = "Customer pages per group: declines, manual reviews, early warnings (default: ${DEFAULT-VALUE}).")
  int perGroup;

  @Option(names = "--approval-sample", paramLabel = "N", defaultValue = "50",
      description = "Customer pages for a sample of approvals (default: ${DEFAULT-VALUE}).")
  int approvalSample;

  @Override
  public Integer call() {
    LocalDate d = parseDate(date);
    if (perGroup < 0 || perGroup > 100_000 || approvalSample < 0 || approvalSample > 100_000) {
      throw new BadInputException("--customers-per-group and --approval-sample must be between 0 and 100000");
    }
    PlatformConfig config = platform.toConfig();
    Path target = out != null ? out : config.reportsDir().resolve(d.toString());
    ReportSummary s;
    try (Database db = Database.open(config)) {
      s = new ReportService(db.jdbi(), config.dataDir()).generate(d, target,
          new ReportOptions(perGroup, approvalSample, ReportOptions.defaults().rejectExamplesPerRule(),
              ReportOptions.defaults().topReasons()));
    }
    System.out.printf("report for %s: %d pages (%d customer pages), %,d bytes in %.1f s%n  open %s%n", d, s.pages(),
        s.customerPages(), s.bytes(), s.millis() / 1000.0, s.outDir().resolve("index.html"));
    s.warnings().forEach(w -> System.out.println("  warning: " + w));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("date", d.toString());
    summary.put("out", s.outDir().toString());
    summary.put("pages", s.pages());
    summary.put("customer_pages", s.customerPages());
    summary.put("files", s.files());
    summary.put("bytes", s.bytes());
    summary.put("millis", s.millis());
    summary.put("psi_verdict", s.psiVerdict());
    summary.put("warnings", s.warnings());
    json.print(System.out, summary);
    return 0;
  }

  static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadInputException("--date must be a date like 2024-03-31, got: " + text);
    }
  }
}
