package io.credit.reports;

import io.credit.core.cli.BadInputException;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.reports.page.BacktestPage;
import io.credit.reports.page.Card;
import io.credit.reports.page.CustomerPages;
import io.credit.reports.page.FairnessPage;
import io.credit.reports.page.ModelPages;
import io.credit.reports.page.PortfolioPage;
import io.credit.reports.page.ReportContext;
import io.credit.reports.page.RunPage;
import io.credit.reports.page.SnapshotPass;
import io.credit.reports.read.PortfolioReads;
import io.credit.reports.read.SchemaProbe;
import io.credit.reports.read.Snapshot;
import io.credit.reports.site.Page;
import io.credit.reports.site.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the report site of one business date: plain Java, called by {@code ./credit report} and by
 * the nightly job's last step. The site is built in a temporary folder beside the target and swapped
 * in at the end, so a reader never sees half a site and a rerun leaves no stale page behind.
 */
public final class ReportService {
  /** File that marks a folder as a report site this service may replace. */
  static final String MARKER = ".credit-report";
  private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
  private static final List<Map<String, String>> NAV = List.of(
      Map.of("href", "index.html", "label", "Overview"), Map.of("href", "run.html", "label", "Run"),
      Map.of("href", "portfolio.html", "label", "Portfolio"), Map.of("href", "customers.html", "label", "Customers"),
      Map.of("href", "models.html", "label", "Models"), Map.of("href", "backtest.html", "label", "Backtest"),
      Map.of("href", "fairness.html", "label", "Fairness"));

  private final Jdbi jdbi;
  private final Path dataDir;

  /**
   * @param jdbi    the platform database
   * @param dataDir the data directory (model artifacts with relative paths are resolved against it)
   */
  public ReportService(Jdbi jdbi, Path dataDir) {
    this.jdbi = jdbi;
    this.dataDir = dataDir;
  }

  /** The nightly job's entry point: opens the configured database and writes to {@code <data-dir>/reports/<date>/}. */
  public static ReportSummary run(PlatformConfig config, LocalDate date) {
    try (Database db = Database.open(config)) {
      return new ReportService(db.jdbi(), config.dataDir())
          .generate(date, config.reportsDir().resolve(date.toString()), ReportOptions.defaults());
    }
  }

  public ReportSummary generate(LocalDate date, Path outDir, ReportOptions options) {
    long start = System.nanoTime();
    Path target = outDir.toAbsolutePath().normalize();
    checkReplaceable(target);
    SchemaProbe probe = new SchemaProbe(jdbi);
    Optional<Snapshot> snapshot = probe.has("eligibility_snapshots", "eligibility")
        ? jdbi.onDemand(PortfolioReads.class).publishedSnapshot(date) : Optional.empty();
    SnapshotPass pass = probe.has("eligibility") ? SnapshotPass.run(jdbi, snapshot, options) : SnapshotPass.empty();
    Map<String, String> subset = pass.customerPages();
    ReportContext ctx = new ReportContext(jdbi, probe, date, dataDir, options, snapshot, pass);

    removeLeftovers(target);
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + System.nanoTime());
    Map<String, Object> site = new HashMap<>();
    site.put("date", date.toString());
    site.put("generatedAt", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)));
    site.put("nav", NAV);
    SiteWriter writer = new SiteWriter(tmp, site);
    int[] pages = {0};
    int[] customerPages = {0};
    java.util.function.Consumer<Page> sink = p -> {
      writer.write(p);
      pages[0]++;
      if (p.path().startsWith("customers/")) {
        customerPages[0]++;
      }
    };
    String verdict;
    List<String> warnings;
    try {
      Files.createDirectories(tmp);
      Files.writeString(tmp.resolve(MARKER), "report site for " + date + "\n");
      writer.writeAssets();
      LOG.info("report {}: snapshot read, customer subset of {} chosen in {} ms", date, subset.size(), ms(start));
      PortfolioPage.Result portfolio = PortfolioPage.build(ctx);
      LOG.info("report {}: portfolio at {} ms", date, ms(start));
      sink.accept(portfolio.page());
      List<String> other = new ArrayList<>();
      if (portfolio.summary().considered() == 0) {
        other.add("No scores for " + date + ": the scoring step has not run for this date.");
      }
      if (snapshot.isEmpty()) {
        other.add("No published eligibility snapshot for " + date + ": the lending step has not run for this date.");
      }
      if ("watch".equals(portfolio.summary().verdict()) || "shifted".equals(portfolio.summary().verdict())) {
        other.add(String.format(Locale.ROOT, "Score distribution %s against %s (PSI %.3f): see the portfolio page.",
            portfolio.summary().verdict(), portfolio.summary().previousDate(), portfolio.summary().psi()));
      }
      RunPage.Result run = RunPage.build(ctx, other);
      sink.accept(run.page());
      LOG.info("report {}: run page at {} ms", date, ms(start));
      CustomerPages.build(ctx, subset, sink);
      LOG.info("report {}: customer pages at {} ms", date, ms(start));
      ModelPages.build(ctx, sink);
      sink.accept(BacktestPage.build(ctx));
      LOG.info("report {}: models and backtest at {} ms", date, ms(start));
      sink.accept(FairnessPage.build(ctx));
      LOG.info("report {}: fairness at {} ms", date, ms(start));
      sink.accept(index(portfolio.summary(), run.warnings(), subset.size()));
      swapIn(tmp, target);
      verdict = portfolio.summary().verdict();
      warnings = List.copyOf(run.warnings());
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new UncheckedIOException("cannot write the report site into " + target, e);
    } catch (RuntimeException e) {
      deleteQuietly(tmp);
      throw e;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    ReportSummary summary = new ReportSummary(date, target, pages[0], customerPages[0], writer.filesWritten(),
        writer.bytesWritten(), millis, verdict, warnings);
    LOG.info("report for {} written to {}: {} pages ({} customer pages), {} bytes in {} ms", date, target, pages[0],
        customerPages[0], writer.bytesWritten(), millis);
    return summary;
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static Page index(PortfolioPage.Summary p, List<String> warnings, int customers) {
    Map<String, Object> model = new HashMap<>();
    model.put("cards", List.of(
        Card.of("Customers considered", String.format(Locale.ROOT, "%,d", p.considered())),
        Card.of("Scored", String.format(Locale.ROOT, "%,d", p.scored())),
        new Card("Score stability", "none".equals(p.verdict()) ? "—" : p.verdict(),
            Double.isNaN(p.psi()) ? "no previous run" : String.format(Locale.ROOT, "PSI %.3f vs %s", p.psi(),
                p.previousDate())),
        Card.of("Warnings", Integer.toString(warnings.size()))));
    model.put("warnings", warnings);
    model.put("tiles", List.of(
        tile("run.html", "Run report", "Files read, loaded and rejected (with masked examples), step timings."),
        tile("portfolio.html", "Portfolio", "Score distribution, bands and stability, approvals per product, "
            + "reason codes, early warnings."),
        tile("customers.html", "Customers", customers + " customer pages: declines, manual reviews, early warnings "
            + "and a sample of approvals; searchable."),
        tile("models.html", "Model cards", "Scorecard bins and points, IV, training window, metrics, provenance, "
            + "promotion history."),
        tile("backtest.html", "Backtest", "ROC and KS curves, calibration, bad rate by band, champion vs "
            + "challenger, PSI/CSI."),
        tile("fairness.html", "Fairness", "Approval and bad rates by age band and city tier, ratio to the best group.")));
    return new Page("index.html", "Overview", "index", model, List.of());
  }

  private static Map<String, String> tile(String href, String label, String text) {
    return Map.of("href", href, "label", label, "text", text);
  }

  private static void checkReplaceable(Path target) {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new BadInputException("report output " + target + " is a file, not a folder: choose another --out");
    }
    try (Stream<Path> s = Files.list(target)) {
      if (s.findAny().isPresent() && !Files.exists(target.resolve(MARKER))) {
        throw new BadInputException("report output " + target + " is not empty and holds no earlier report (no "
            + MARKER + " file): choose an empty or new folder with --out");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + target, e);
    }
  }

  /**
   * Removes the staging folders ({@code <date>.tmp-…}, {@code <date>.old-…}) that a run killed while
   * writing or swapping in this report left beside it; only folders carrying the report marker.
   */
  private static void removeLeftovers(Path target) {
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    String name = target.getFileName().toString();
    try (Stream<Path> s = Files.list(parent)) {
      for (Path p : s.toList()) {
        String n = p.getFileName().toString();
        if ((n.startsWith(name + ".tmp-") || n.startsWith(name + ".old-")) && Files.exists(p.resolve(MARKER))) {
          LOG.info("removing {}, left by an interrupted report run", p.getFileName());
          deleteQuietly(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + parent, e);
    }
  }

  private static void swapIn(Path tmp, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = target.resolveSibling(target.getFileName() + ".old-" + System.nanoTime());
      Files.move(target, old);
    }
    Files.move(tmp, target);
    if (old != null) {
      deleteQuietly(old);
    }
  }

  static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          LOG.warn("could not delete {}: {}", p, e.getMessage());
        }
      });
    } catch (IOException e) {
      LOG.warn("could not clean up {}: {}", dir, e.getMessage());
    }
  }
}
