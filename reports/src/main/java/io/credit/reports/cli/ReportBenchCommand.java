package io.credit.reports.cli;

import io.credit.core.cli.BadInputException;
import io.credit.core.cli.JsonOption;
import io.credit.core.config.H2Urls;
import io.credit.core.db.Database;
import io.credit.reports.ReportOptions;
import io.credit.reports.ReportService;
import io.credit.reports.ReportSummary;
import io.credit.reports.bench.SyntheticPortfolio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./credit bench report --customers 1000000}: fills a scratch H2 file database with a synthetic
 * portfolio, then times the report and measures its size (the goal: the portfolio of 1,000,000
 * customers in under a minute and under 20 MB).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Benchmark the report on a synthetic portfolio in a scratch database (never touches your data).")
public class ReportBenchCommand implements Callable<Integer> {
  @Mixin
  JsonOption json;

  @Option(names = "--customers", defaultValue = "1000000", paramLabel = "N",
      description = "Customers in the synthetic portfolio (default: ${DEFAULT-VALUE}).")
  int customers;

  @Option(names = "--score-dates", defaultValue = "2", paramLabel = "N",
      description = "Monthly score dates per customer (default: ${DEFAULT-VALUE}).")
  int scoreDates;

  @Option(names = "--work-dir", paramLabel = "DIR",
      description = "Scratch folder for the database and the site (default: a new temporary folder, kept).")
  Path workDir;

  @Option(names = "--reuse", description = "Reuse the portfolio an earlier run left in --work-dir (time the report only).")
  boolean reuse;

  @Override
  public Integer call() throws IOException {
    if (customers < 1 || customers > 20_000_000 || scoreDates < 1 || scoreDates > 24) {
      throw new BadInputException("--customers must be 1..20000000 and --score-dates 1..24");
    }
    Path dir = workDir != null ? workDir : Files.createTempDirectory("credit-bench-report");
    boolean filled = Files.exists(dir.resolve("db"));
    if (filled && !reuse) {
      throw new BadInputException(dir + " already holds a benchmark database: give an empty --work-dir, or --reuse");
    }
    if (reuse && !filled) {
      throw new BadInputException("--reuse needs a --work-dir where an earlier bench report filled a database");
    }
    LocalDate date = LocalDate.of(2024, 3, 31);
    String url = H2Urls.fileDatabase(dir.resolve("db").resolve("bench"));
    Map<String, Object> out = new LinkedHashMap<>();
    try (Database db = Database.open(url, "sa", "")) {
      long fillMs = 0;
      if (!reuse) {
        long t0 = System.nanoTime();
        new SyntheticPortfolio(customers, date, scoreDates, 7).writeTo(db.jdbi(), dir.resolve("data"));
        fillMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("filled %,d customers (%d score dates) in %.1f s%n", customers, scoreDates, fillMs / 1000.0);
      }
      ReportSummary s = new ReportService(db.jdbi(), dir.resolve("data"))
          .generate(date, dir.resolve("site"), ReportOptions.defaults());
      long portfolioBytes = Files.size(s.outDir().resolve("portfolio.html"));
      System.out.printf("report: %.1f s, %d pages (%d customer pages), site %,d bytes, portfolio.html %,d bytes%n",
          s.millis() / 1000.0, s.pages(), s.customerPages(), s.bytes(), portfolioBytes);
      System.out.println("  open " + s.outDir().resolve("index.html"));
      out.put("customers", customers);
      out.put("fill_millis", fillMs);
      out.put("report_millis", s.millis());
      out.put("site_bytes", s.bytes());
      out.put("portfolio_bytes", portfolioBytes);
      out.put("pages", s.pages());
      out.put("out", s.outDir().toString());
    }
    json.print(System.out, out);
    return 0;
  }
}
