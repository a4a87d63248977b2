package io.credit.reports.page;

import io.credit.reports.chart.Bar;
import io.credit.reports.chart.HBarChart;
import io.credit.reports.read.FairnessCell;
import io.credit.reports.read.FairnessReads;
import io.credit.reports.read.GroupOutcome;
import io.credit.reports.site.Cell;
import io.credit.reports.site.Fmt;
import io.credit.reports.site.Page;
import io.credit.reports.site.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Fairness view: credit-line approval rate and bad rate by age band and city tier, with each group's
 * approval rate divided by the best group's (below 0.8, the four-fifths rule of thumb, is flagged).
 */
public final class FairnessPage {
  static final double FOUR_FIFTHS = 0.8;

  private FairnessPage() {}

  public static Page build(ReportContext ctx) {
    Map<String, Object> model = new HashMap<>();
    List<Table> tables = new ArrayList<>();
    if (ctx.snapshot().isEmpty() || !ctx.probe().has("eligibility", "customers", "statements", "payments")) {
      model.put("noData", "No published eligibility snapshot for " + ctx.date()
          + " (or no customer and repayment tables yet): approval rates by group appear once lending has run.");
      return new Page("fairness.html", "Fairness", "fairness", model, tables);
    }
    FairnessReads reads = ctx.dao(FairnessReads.class);
    long s = ctx.snapshot().get().snapshotId();
    LocalDate d = ctx.date();
    LocalDate due90 = d.minusDays(90);
    List<FairnessCell> cells = reads.outcomes(s, d, due90, d.minusYears(18), d.minusYears(25), d.minusYears(35),
        d.minusYears(45), d.minusYears(55), d.minusYears(65));
    List<GroupOutcome> age = group(cells, FairnessCell::ageBand);
    List<GroupOutcome> tier = group(cells, c -> c.cityTier() == null ? "unknown" : c.cityTier().toString());
    tables.add(table("age", "By age band", "Age band", age));
    tables.add(table("city-tier", "By city tier", "City tier", tier));
    model.put("ageChart", chart("Approval rate relative to the best age band", age));
    model.put("tierChart", chart("Approval rate relative to the best city tier", tier));
    return new Page("fairness.html", "Fairness", "fairness", model, tables);
  }

  /** Sums the cells per group, groups in name order ("under 18" and "unknown" last). */
  static List<GroupOutcome> group(List<FairnessCell> cells, Function<FairnessCell, String> key) {
    Map<String, long[]> sums = new TreeMap<>(Comparator.comparing((String k) -> k.startsWith("u")).thenComparing(k -> k));
    for (FairnessCell c : cells) {
      long[] v = sums.computeIfAbsent(key.apply(c), k -> new long[3]);
      v[0] += c.customers();
      v[1] += c.approved();
      v[2] += c.bads();
    }
    List<GroupOutcome> out = new ArrayList<>();
    sums.forEach((k, v) -> out.add(new GroupOutcome(k, v[0], v[1], v[2])));
    return out;
  }

  static double bestRate(List<GroupOutcome> groups) {
    return groups.stream().filter(g -> g.customers() > 0).mapToDouble(g -> (double) g.approved() / g.customers())
        .max().orElse(0);
  }

  private static Table table(String id, String title, String groupHeader, List<GroupOutcome> groups) {
    double best = bestRate(groups);
    Table.Builder t = Table.builder(id, title, groupHeader, "Customers", "Approved", "Approval rate",
        "Ratio to best group", "Check", "Bad (90+ days past due)", "Bad rate")
        .whenEmpty("No credit-line decision in this snapshot.");
    for (GroupOutcome g : groups) {
      double rate = g.customers() == 0 ? 0 : (double) g.approved() / g.customers();
      double ratio = best == 0 ? Double.NaN : rate / best;
      t.row(Cell.text(g.grp()), Fmt.count(g.customers()), Fmt.count(g.approved()), Fmt.pct(g.approved(), g.customers()),
          Fmt.dec(ratio, 2), Cell.text(Double.isNaN(ratio) ? "" : ratio < FOUR_FIFTHS ? "below 0.8: review" : "ok"),
          Fmt.count(g.bads()), Fmt.pct(g.bads(), g.customers()));
    }
    return t.build();
  }

  private static String chart(String title, List<GroupOutcome> groups) {
    double best = bestRate(groups);
    List<Bar> bars = new ArrayList<>();
    for (GroupOutcome g : groups) {
      double ratio = best == 0 || g.customers() == 0 ? 0 : (double) g.approved() / g.customers() / best;
      bars.add(new Bar(g.grp(), ratio, ratio < FOUR_FIFTHS ? "#c8433a" : "#1f5fbf"));
    }
    return HBarChart.render(title, bars, 1, FOUR_FIFTHS, "%.2f", 520);
  }
}
