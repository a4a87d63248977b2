package io.credit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.model.ScoreBand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The site written from a synthetic portfolio of 3,000 customers: numbers, HTML, links, privacy. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportSiteTest {
  static final Pattern NATIONAL_ID = Pattern.compile("\\d{17}[\\dX]");
  static final Pattern PHONE = Pattern.compile("(?<!\\d)1\\d{10}(?!\\d)");

  SiteFixture fx;

  @BeforeAll
  void writeSite(@TempDir Path tmp) {
    fx = new SiteFixture(tmp, 3000);
  }

  @AfterAll
  void close() {
    fx.close();
  }

  Document page(String path) throws IOException {
    return Jsoup.parse(fx.site.resolve(path).toFile(), "UTF-8");
  }

  static long number(String text) {
    return Long.parseLong(text.replace(",", "").trim());
  }

  /** Rows of a table section (by id) as text cells, header excluded. */
  static List<List<String>> rows(Document doc, String tableId) {
    Element section = doc.getElementById("t-" + tableId);
    assertTrue(section != null, "table " + tableId + " on " + doc.title());
    List<List<String>> out = new ArrayList<>();
    for (Element tr : section.select("tbody tr")) {
      out.add(tr.select("td").stream().map(Element::text).toList());
    }
    return out;
  }

  @Test
  void bandCountsOnThePortfolioEqualTheDatabase() throws IOException {
    Map<String, Long> db = new HashMap<>();
    fx.db.jdbi().useHandle(h -> h.createQuery("select band, count(*) from scores where score_date = :d "
            + "and status = 'SCORED' group by band").bind("d", SiteFixture.DATE)
        .map((rs, ctx) -> db.put(rs.getString(1), rs.getLong(2))).list());
    List<List<String>> rows = rows(page("portfolio.html"), "bands");
    long total = 0;
    for (ScoreBand b : ScoreBand.values()) {
      List<String> row = rows.stream().filter(r -> r.get(0).equals(b.label())).findFirst().orElseThrow();
      assertEquals(db.getOrDefault(b.name(), 0L), number(row.get(2)), "band " + b);
      total += number(row.get(2));
    }
    assertEquals(db.values().stream().mapToLong(Long::longValue).sum(), total);
    assertTrue(total > 2500, "most of 3,000 customers are scored: " + total);
  }

  @Test
  void approvalsPerProductEqualTheDatabase() throws IOException {
    Map<String, long[]> db = new HashMap<>();
    fx.db.jdbi().useHandle(h -> h.createQuery("select product, count(*), sum(case when decision = 'APPROVED' then 1 "
            + "else 0 end) from eligibility group by product")
        .map((rs, ctx) -> db.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)})).list());
    List<List<String>> rows = rows(page("portfolio.html"), "products");
    assertEquals(2, rows.size());
    long[] line = db.get("CREDIT_LINE");
    List<String> row = rows.stream().filter(r -> r.get(0).equals("Credit line")).findFirst().orElseThrow();
    assertEquals(line[0], number(row.get(1)));
    assertEquals(line[1], number(row.get(2)));
  }

  @Test
  void fileAccountingOnTheRunPageEqualsTheDatabase() throws IOException {
    long dbRejected = fx.db.jdbi().withHandle(h -> h.createQuery("select sum(rows_rejected) from ingest_file_stats "
        + "where run_date = :d").bind("d", SiteFixture.DATE).mapTo(Long.class).one());
    List<List<String>> rows = rows(page("run.html"), "files");
    List<String> total = rows.get(rows.size() - 1);
    assertEquals("All files", total.get(0));
    assertEquals(dbRejected, number(total.get(4)));
    assertEquals(5, rows(page("run.html"), "steps").size(), "five nightly steps with timings");
  }

  @Test
  void everyPageIsValidHtmlWithNoBrokenInternalLinkAndNothingExternal() throws IOException {
    List<Path> pages = SiteFixture.files(fx.site, ".html");
    assertTrue(pages.size() > 100, "index, reports and customer pages: " + pages.size());
    for (Path p : pages) {
      String html = Files.readString(p, StandardCharsets.UTF_8);
      Parser parser = Parser.htmlParser().setTrackErrors(50);
      Document doc = Jsoup.parse(html, "", parser);
      assertTrue(parser.getErrors().isEmpty(), p + ": " + parser.getErrors());
      assertTrue(html.startsWith("<!DOCTYPE html>"), p + " has a doctype");
      assertFalse(doc.title().isBlank(), p + " has a title");
      for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
        String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        assertFalse(ref.matches("(?i)^(https?:|//).*"), p + " links outside the site: " + ref);
        if (ref.startsWith("#")) {
          continue;
        }
        Path target = p.getParent().resolve(ref.replaceAll("#.*$", "")).normalize();
        assertTrue(Files.isRegularFile(target), p + " has a broken link: " + ref);
        assertTrue(target.startsWith(fx.site), p + " links outside the site folder: " + ref);
      }
    }
  }

  @Test
  void everyTableHasItsCsvWithTheSameRows() throws IOException {
    Document doc = page("portfolio.html");
    for (Element section : doc.select("section.table")) {
      String href = section.selectFirst("a.csv").attr("href");
      List<CSVRecord> records;
      try (CSVParser csv = CSVFormat.DEFAULT.parse(Files.newBufferedReader(fx.site.resolve(href)))) {
        records = csv.getRecords();
      }
      List<Element> shown = section.select("tbody tr");
      assertEquals(shown.size() + 1, records.size(), href + ": header + one record per row");
      for (int i = 0; i < shown.size(); i++) {
        assertEquals(shown.get(i).selectFirst("td").text(), records.get(i + 1).get(0), href + " row " + i);
      }
    }
  }

  @Test
  void noIdentityDataInAnyFile() throws IOException {
    assertTrue(NATIONAL_ID.matcher("x 11010119900307123X y").find(), "the scan finds a national id");
    assertTrue(PHONE.matcher("tel 13812345678.").find(), "the scan finds a phone number");
    List<Path> files = new ArrayList<>(SiteFixture.files(fx.site, ".html"));
    files.addAll(SiteFixture.files(fx.site, ".csv"));
    for (Path p : files) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      for (Pattern pattern : List.of(NATIONAL_ID, PHONE)) {
        Matcher m = pattern.matcher(text);
        assertFalse(m.find(), () -> p + " holds identity-like data: "
            + text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 20)));
      }
    }
  }

  @Test
  void customerPagesShowSubScoresReasonsAndDecisionsFromTheDatabase() throws IOException {
    String id = fx.db.jdbi().withHandle(h -> h.createQuery("select min(customer_id) from eligibility "
        + "where decision = 'DECLINED' and product = 'CREDIT_LINE'").mapTo(String.class).one());
    Document doc = page("customers/" + id + ".html");
    assertEquals(5, doc.select("svg rect.bar").size(), "five dimension bars");
    List<String> reasons = fx.db.jdbi().withHandle(h -> h.createQuery("select reason_1, reason_2, reason_3, reason_4 "
        + "from scores where customer_id = :c and score_date = :d").bind("c", id).bind("d", SiteFixture.DATE)
        .map((rs, ctx) -> {
          List<String> r = new ArrayList<>();
          for (int i = 1; i <= 4; i++) {
            if (rs.getString(i) != null) {
              r.add(rs.getString(i));
            }
          }
          return r;
        }).one());
    assertEquals(reasons, doc.select("ol li").eachText());
    List<List<String>> decisions = rows(doc, "decisions");
    assertTrue(decisions.stream().anyMatch(r -> r.get(1).equals("DECLINED")));
    assertEquals(3, rows(doc, "scores").size(), "three monthly scores");
    assertTrue(page("customers.html").select("table[data-search] tbody tr").size() >= fx.summary.customerPages());
  }

  @Test
  void modelCardAndBacktestShowTheRegistry() throws IOException {
    Document card = page("models/credit_scorecard-v2.html");
    assertEquals(5, rows(card, "iv").size(), "IV of five features");
    assertEquals(20, rows(card, "scorecard").size(), "four bins per feature");
    assertTrue(rows(card, "history").stream().anyMatch(r -> r.get(2).equals("MODEL_PROMOTED")));
    Document bt = page("backtest.html");
    assertEquals(2, rows(bt, "comparison").size(), "champion and challenger on the same date");
    assertEquals(3, bt.select(".chart svg polyline.series").stream()
        .map(e -> e.closest("svg").attr("aria-label")).distinct().count(), "ROC, KS and calibration charts");
  }

  @Test
  void fairnessGroupsAddUpToTheCreditLineDecisions() throws IOException {
    long decisions = fx.db.jdbi().withHandle(h -> h.createQuery("select count(*) from eligibility "
        + "where product = 'CREDIT_LINE'").mapTo(Long.class).one());
    Document doc = page("fairness.html");
    for (String table : List.of("age", "city-tier")) {
      long sum = rows(doc, table).stream().mapToLong(r -> number(r.get(1))).sum();
      assertEquals(decisions, sum, table);
      assertTrue(rows(doc, table).stream().anyMatch(r -> r.get(4).equals("1.00")), "the best group has ratio 1");
    }
  }
}
