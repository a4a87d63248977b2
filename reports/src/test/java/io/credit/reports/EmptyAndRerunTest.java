package io.credit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.cli.BadInputException;
import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import io.credit.reports.bench.SyntheticPortfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages without data say so plainly; a rerun replaces the site; a foreign folder is never overwritten. */
class EmptyAndRerunTest {
  static final LocalDate DATE = LocalDate.of(2024, 3, 31);
  static final List<String> PAGES = List.of("index.html", "run.html", "portfolio.html", "customers.html",
      "models.html", "backtest.html", "fairness.html");

  @Test
  void aFreshPlatformDatabaseGivesPagesThatSaySo(@TempDir Path tmp) throws Exception {
    // every module's migrations ran, no step has written anything yet
    try (Database db = TestDatabases.freshH2()) {
      ReportSummary s = new ReportService(db.jdbi(), tmp).generate(DATE, tmp.resolve("site"), ReportOptions.defaults());
      for (String page : PAGES) {
        assertTrue(Files.isRegularFile(s.outDir().resolve(page)), page);
      }
      assertEquals(0, s.customerPages());
      assertTrue(text(s, "portfolio.html").contains("No scores for 2024-03-31"), "portfolio says there are no scores");
      assertTrue(text(s, "backtest.html").contains("No backtest has run yet"));
      assertTrue(text(s, "models.html").contains("No model is registered yet"));
      assertTrue(text(s, "fairness.html").contains("No published eligibility snapshot"));
      assertFalse(s.warnings().isEmpty(), "the index warns that the steps have not run");
    }
  }

  @Test
  void emptyTablesGivePagesThatSaySo(@TempDir Path tmp) throws Exception {
    try (Database db = TestDatabases.freshH2()) {
      SyntheticPortfolio.createMissingTables(db.jdbi());
      ReportSummary s = new ReportService(db.jdbi(), tmp).generate(DATE, tmp.resolve("site"), ReportOptions.defaults());
      assertTrue(text(s, "portfolio.html").contains("No scores for 2024-03-31"));
      assertTrue(text(s, "backtest.html").contains("No backtest has run yet"));
      assertTrue(text(s, "run.html").contains("No file was ingested for this date"));
      assertTrue(text(s, "customers.html").contains("No published eligibility snapshot"));
      assertTrue(s.warnings().stream().anyMatch(w -> w.contains("No scores for 2024-03-31")));
    }
  }

  @Test
  void aRerunReplacesTheWholeSite(@TempDir Path tmp) throws Exception {
    try (Database db = TestDatabases.freshH2()) {
      new SyntheticPortfolio(300, DATE, 2, 1).writeTo(db.jdbi(), tmp.resolve("data"));
      ReportService service = new ReportService(db.jdbi(), tmp.resolve("data"));
      Path out = tmp.resolve("site");
      ReportSummary first = service.generate(DATE, out, ReportOptions.defaults());
      Files.writeString(out.resolve("customers").resolve("C99999999.html"), "stale");
      ReportSummary second = service.generate(DATE, out, ReportOptions.defaults());
      assertEquals(first.pages(), second.pages());
      assertFalse(Files.exists(out.resolve("customers").resolve("C99999999.html")), "stale page removed");
      try (var siblings = Files.list(tmp)) {
        assertEquals(List.of("data", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
            "no temporary folder left behind");
      }
    }
  }

  @Test
  void stagingFoldersLeftByAKilledRunAreRemovedByTheNextOne(@TempDir Path tmp) throws Exception {
    try (Database db = TestDatabases.freshH2()) {
      Path out = tmp.resolve("site");
      // what a run killed while writing (tmp) or while swapping in (old) leaves beside the site
      for (String left : List.of("site.tmp-123", "site.old-456")) {
        Files.createDirectories(tmp.resolve(left).resolve("customers"));
        Files.writeString(tmp.resolve(left).resolve(ReportService.MARKER), "report site\n");
      }
      Files.createDirectories(tmp.resolve("site.tmp-mine")); // no marker: not ours, kept
      new ReportService(db.jdbi(), tmp).generate(DATE, out, ReportOptions.defaults());
      try (var siblings = Files.list(tmp)) {
        assertEquals(List.of("site", "site.tmp-mine"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
      }
    }
  }

  @Test
  void aFolderThatHoldsSomethingElseIsRefused(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("documents");
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.txt"), "precious");
    try (Database db = TestDatabases.freshH2()) {
      BadInputException e = assertThrows(BadInputException.class,
          () -> new ReportService(db.jdbi(), tmp).generate(DATE, out, ReportOptions.defaults()));
      assertTrue(e.getMessage().contains("choose an empty or new folder"), e.getMessage());
      assertEquals("precious", Files.readString(out.resolve("thesis.txt")));
    }
  }

  @Test
  void identityDataThatSlippedIntoARejectLineIsMaskedOnThePage(@TempDir Path tmp) throws Exception {
    try (Database db = TestDatabases.freshH2()) {
      SyntheticPortfolio.createMissingTables(db.jdbi());
      db.jdbi().useHandle(h -> h.execute("insert into ingest_rejects (run_date, file_name, line_number, rule, message, "
          + "raw_masked) values (?, 'customers.csv', 7, 'BAD_PHONE', 'phone 1381234567 is 10 digits', "
          + "'C00000007,Li Lei,11010119900307123X,13812345678,1990-03-07')", DATE));
      ReportSummary s = new ReportService(db.jdbi(), tmp).generate(DATE, tmp.resolve("site"), ReportOptions.defaults());
      String run = Files.readString(s.outDir().resolve("run.html"));
      assertFalse(ReportSiteTest.NATIONAL_ID.matcher(run).find(), "national id masked");
      assertFalse(ReportSiteTest.PHONE.matcher(run).find(), "phone masked");
      assertTrue(run.contains("C00000007"), "the rest of the line is shown");
      String csv = Files.readString(s.outDir().resolve("csv/run-reject-examples.csv"));
      assertFalse(ReportSiteTest.NATIONAL_ID.matcher(csv).find() || ReportSiteTest.PHONE.matcher(csv).find());
    }
  }

  static String text(ReportSummary s, String page) throws Exception {
    return Jsoup.parse(s.outDir().resolve(page).toFile(), "UTF-8").text();
  }
}
