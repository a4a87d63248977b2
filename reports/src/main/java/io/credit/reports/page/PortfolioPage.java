package io.credit.reports.page;

import io.credit.core.model.ScoreBand;
import io.credit.reports.chart.Bar;
import io.credit.reports.chart.BarChart;
import io.credit.reports.read.BacktestRow;
import io.credit.reports.read.DecisionRow;
import io.credit.reports.read.KeyCount;
import io.credit.reports.read.ModelReads;
import io.credit.reports.read.PortfolioReads;
import io.credit.reports.read.ProductDecisionCount;
import io.credit.reports.read.ReasonSet;
import io.credit.reports.read.ScoreCell;
import io.credit.reports.read.ModelRow;
import io.credit.reports.site.Cell;
import io.credit.reports.site.Fmt;
import io.credit.reports.site.IdentityMask;
import io.credit.reports.site.Page;
import io.credit.reports.site.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The portfolio: score distribution, bands (with PSI against the previous run and observed bad
 * rates from the latest backtest), approvals per product, top reason codes, early-warning actions.
 */
public final class PortfolioPage {
  static final int BIN = 25;

  private PortfolioPage() {}

  /** What the index shows about the portfolio. */
  public record Summary(long considered, long scored, double psi, String verdict, LocalDate previousDate) {}

  public record Result(Page page, Summary summary) {}

  public static Result build(ReportContext ctx) {
    Map<String, Object> model = new HashMap<>();
    List<Table> tables = new ArrayList<>();
    if (!ctx.probe().has("scores")) {
      model.put("noScores", "No scores table yet: scoring has not run on this database, so there is no portfolio to show.");
      return new Result(new Page("portfolio.html", "Portfolio", "portfolio", model, tables),
          new Summary(0, 0, Double.NaN, "none", null));
    }
    PortfolioReads reads = ctx.dao(PortfolioReads.class);
    LocalDate date = ctx.date();
    List<ScoreCell> cells = reads.distribution(date);
    List<KeyCount> statuses = statusCounts(cells);
    long considered = statuses.stream().mapToLong(KeyCount::n).sum();
    long[] bands = bandVector(cells);
    long scored = sum(bands);
    Optional<LocalDate> previous = reads.previousScoreDate(date);
    long[] prevBands = previous.map(p -> bandVector(reads.distribution(p))).orElse(new long[bands.length]);
    double psi = previous.isPresent() ? Psi.of(prevBands, bands) : Double.NaN;
    double[] contrib = Psi.contributions(prevBands, bands);
    String verdict = Psi.verdict(psi);

    if (considered == 0) {
      model.put("noScores", "No scores for " + date + ": the scoring step has not run for this date yet.");
    }
    model.put("cards", List.of(
        Card.of("Customers considered", String.format(Locale.ROOT, "%,d", considered)),
        new Card("Scored", String.format(Locale.ROOT, "%,d", scored), considered == 0 ? null
            : Fmt.pctText((double) scored / considered) + " of considered"),
        new Card("Score PSI vs previous run", Double.isNaN(psi) ? "—" : String.format(Locale.ROOT, "%.3f", psi),
            previous.map(p -> "against " + p + ": " + verdict).orElse("no previous run to compare with"))));
    model.put("psi", Double.isNaN(psi) ? "—" : String.format(Locale.ROOT, "%.3f", psi));
    model.put("verdict", verdict);
    model.put("verdictText", switch (verdict) {
      case "stable" -> "Stable: the score distribution barely moved (PSI below 0.10).";
      case "watch" -> "Watch: the distribution moved noticeably (PSI 0.10–0.25); check the bands that changed most.";
      case "shifted" -> "Shifted: the population or the model changed materially (PSI 0.25 or more); review before relying on cut-offs.";
      default -> "No previous run with scores to compare with.";
    });
    model.put("previousDate", previous.map(LocalDate::toString).orElse("none"));
    model.put("histogram", histogram(cells));

    Optional<BacktestRow> backtest = latestChampionBacktest(ctx);
    BacktestDetails details = backtest.map(b -> BacktestDetails.parse(b.details())).orElse(null);
    model.put("badRateSource", backtest.map(b -> "Observed bad rates come from the latest backtest of the champion "
        + b.ref() + " (outcomes 12 months after " + b.asOfDate() + ").").orElse(
        "Bad rates need labelled outcomes: no backtest of the champion model has run yet, so the column is empty."));
    tables.add(bandTable(bands, prevBands, contrib, details, previous.isPresent()));
    tables.add(statusTable(statuses, considered));

    if (ctx.snapshot().isPresent() && ctx.probe().has("eligibility")) {
      long snap = ctx.snapshot().get().snapshotId();
      List<ProductDecisionCount> decisions = ctx.snapshotPass().productDecisions();
      tables.add(productTable(decisions));
      model.put("snapshot", "Eligibility snapshot " + snap + " (policy " + ctx.snapshot().get().policyVersion()
          + "), published " + ctx.snapshot().get().publishedAt());
      long reduced = count(decisions, "REDUCED");
      long frozen = count(decisions, "FROZEN");
      model.put("warningCards", List.of(Card.of("Lines reduced", String.format(Locale.ROOT, "%,d", reduced)),
          Card.of("Lines frozen", String.format(Locale.ROOT, "%,d", frozen))));
      tables.add(earlyWarningTable(ctx, ctx.snapshotPass().earlyWarnings()));
    } else {
      model.put("noSnapshot", "No published eligibility snapshot for " + date
          + ": approvals, amounts and early-warning actions appear once the lending step has run for this date.");
    }
    tables.add(reasonTable(topReasons(reads.reasonSets(date), ctx.options().topReasons()), scored));
    return new Result(new Page("portfolio.html", "Portfolio", "portfolio", model, tables),
        new Summary(considered, scored, psi, verdict, previous.orElse(null)));
  }

  static Optional<BacktestRow> latestChampionBacktest(ReportContext ctx) {
    if (!ctx.probe().has("models", "backtests")) {
      return Optional.empty();
    }
    ModelReads reads = ctx.dao(ModelReads.class);
    List<ModelRow> champions = reads.models().stream().filter(m -> "champion".equalsIgnoreCase(m.stage())).toList();
    return reads.backtests().stream()
        .filter(b -> champions.stream().anyMatch(m -> m.ref().equals(b.ref())))
        .findFirst();
  }

  /** Scored customers per band (the band the scoring module stored). */
  static long[] bandVector(List<ScoreCell> cells) {
    long[] v = new long[ScoreBand.values().length];
    for (ScoreCell c : cells) {
      if (!"SCORED".equals(c.status()) || c.score() == null || c.band() == null) {
        continue;
      }
      try {
        v[ScoreBand.valueOf(c.band()).ordinal()] += c.n();
      } catch (IllegalArgumentException e) {
        // an unknown band name is not counted in any band
      }
    }
    return v;
  }

  private static List<KeyCount> statusCounts(List<ScoreCell> cells) {
    Map<String, Long> byStatus = new TreeMap<>();
    cells.forEach(c -> byStatus.merge(String.valueOf(c.status()), c.n(), Long::sum));
    return byStatus.entrySet().stream().map(e -> new KeyCount(e.getKey(), e.getValue())).toList();
  }

  /** Each reason counted once per customer who was given it, most frequent first. */
  static List<KeyCount> topReasons(List<ReasonSet> sets, int limit) {
    Map<String, Long> counts = new HashMap<>();
    for (ReasonSet r : sets) {
      for (String reason : new String[] {r.reason1(), r.reason2(), r.reason3(), r.reason4()}) {
        if (reason != null && !reason.isBlank()) {
          counts.merge(reason, r.n(), Long::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit).map(e -> new KeyCount(e.getKey(), e.getValue())).toList();
  }

  private static long sum(long[] v) {
    long s = 0;
    for (long x : v) {
      s += x;
    }
    return s;
  }

  private static String histogram(List<ScoreCell> cells) {
    int n = (ScoreBand.MAX_SCORE - ScoreBand.MIN_SCORE) / BIN;
    long[] counts = new long[n];
    for (ScoreCell c : cells) {
      if ("SCORED".equals(c.status()) && c.score() != null) {
        counts[Math.min(n - 1, Math.max(0, (c.score() - ScoreBand.MIN_SCORE) / BIN))] += c.n();
      }
    }
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int lo = ScoreBand.MIN_SCORE + i * BIN;
      bars.add(new Bar(Integer.toString(lo), counts[i], Bands.colour(ScoreBand.of(lo))));
    }
    return BarChart.render("Scored customers per " + BIN + "-point score bin (bars coloured by band)", bars,
        "score (bin start; each bar covers " + BIN + " points)", "customers", 900, 260);
  }

  private static Table bandTable(long[] bands, long[] prev, double[] contrib, BacktestDetails details,
      boolean hasPrevious) {
    Table.Builder t = Table.builder("bands", "Customers by score band", "Band", "Score range", "Customers", "Share",
        "Previous run", "Previous share", "PSI term", "Observed bad rate");
    long total = sum(bands);
    long prevTotal = sum(prev);
    for (ScoreBand b : ScoreBand.values()) {
      int i = b.ordinal();
      BacktestDetails.BandStat stat = details == null ? null : details.bands().get(b.name());
      t.row(Cell.text(b.label()), Cell.text(Bands.range(b)), Fmt.count(bands[i]), Fmt.pct(bands[i], total),
          hasPrevious ? Fmt.count(prev[i]) : Cell.number("—", ""), Fmt.pct(prev[i], prevTotal),
          Fmt.dec(contrib[i], 4), stat == null ? Cell.number("—", "") : Fmt.rate(stat.badRate()));
    }
    t.row(Cell.text("All scored"), Cell.text("350–950"), Fmt.count(total), Fmt.pct(total, total),
        hasPrevious ? Fmt.count(prevTotal) : Cell.number("—", ""), Fmt.pct(prevTotal, prevTotal),
        Fmt.dec(hasPrevious ? Psi.of(prev, bands) : Double.NaN, 4),
        Cell.number("—", ""));
    return t.build();
  }

  private static Table statusTable(List<KeyCount> statuses, long total) {
    Table.Builder t = Table.builder("statuses", "Customers by scoring status", "Status", "Meaning", "Customers",
        "Share").whenEmpty("No customers were considered for scoring on this date.");
    for (KeyCount s : statuses) {
      t.row(Cell.text(s.label()), Cell.text(meaning(s.label())), Fmt.count(s.n()), Fmt.pct(s.n(), total));
    }
    return t.build();
  }

  private static String meaning(String status) {
    return switch (status == null ? "" : status) {
      case "SCORED" -> "scored by the champion model";
      case "INSUFFICIENT_DATA" -> "too little history to score (sent to manual review, not given a low score)";
      case "NO_CONSENT" -> "no consent to credit scoring: not scored, not offered credit";
      default -> "";
    };
  }

  private static Table productTable(List<ProductDecisionCount> rows) {
    Map<String, Map<String, ProductDecisionCount>> byProduct = new LinkedHashMap<>();
    for (ProductDecisionCount r : rows) {
      byProduct.computeIfAbsent(r.product(), k -> new HashMap<>()).put(r.decision(), r);
    }
    Table.Builder t = Table.builder("products", "Decisions per product", "Product", "Customers", "Approved",
        "Approval rate", "Declined", "Manual review", "No consent", "Reduced", "Frozen", "Limits approved",
        "Deposits waived").whenEmpty("The snapshot has no decisions.");
    for (Map.Entry<String, Map<String, ProductDecisionCount>> e : byProduct.entrySet()) {
      Map<String, ProductDecisionCount> d = e.getValue();
      long all = d.values().stream().mapToLong(ProductDecisionCount::n).sum();
      long approved = n(d, "APPROVED");
      ProductDecisionCount a = d.get("APPROVED");
      t.row(Cell.text(productLabel(e.getKey())), Fmt.count(all), Fmt.count(approved), Fmt.pct(approved, all),
          Fmt.count(n(d, "DECLINED")), Fmt.count(n(d, "MANUAL_REVIEW")), Fmt.count(n(d, "NO_CONSENT")),
          Fmt.count(n(d, "REDUCED")), Fmt.count(n(d, "FROZEN")),
          Fmt.money(a == null ? BigDecimal.ZERO : nz(a.creditLimit())),
          Fmt.money(a == null ? BigDecimal.ZERO : nz(a.depositWaived())));
    }
    return t.build();
  }

  static String productLabel(String code) {
    if ("CREDIT_LINE".equals(code)) {
      return "Credit line";
    }
    if (code != null && code.startsWith("RENTAL_")) {
      String cat = code.substring(7).toLowerCase(Locale.ROOT).replace('_', ' ');
      return "Deposit-free rental: " + cat;
    }
    return code;
  }

  private static BigDecimal nz(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }

  private static long n(Map<String, ProductDecisionCount> d, String decision) {
    ProductDecisionCount c = d.get(decision);
    return c == null ? 0 : c.n();
  }

  private static long count(List<ProductDecisionCount> rows, String decision) {
    return rows.stream().filter(r -> decision.equals(r.decision())).mapToLong(ProductDecisionCount::n).sum();
  }

  private static Table reasonTable(List<KeyCount> reasons, long scored) {
    Table.Builder t = Table.builder("reasons", "Most frequent reason codes", "Reason", "Customers given it",
        "Share of scored").whenEmpty("No reason codes on this date's scores.");
    for (KeyCount r : reasons) {
      t.row(Cell.text(IdentityMask.mask(r.label())), Fmt.count(r.n()), Fmt.pct(r.n(), scored));
    }
    return t.build();
  }

  private static Table earlyWarningTable(ReportContext ctx, List<DecisionRow> rows) {
    Table.Builder t = Table.builder("early-warnings", "Early-warning actions (first "
        + ctx.options().customersPerGroup() + " by customer id)", "Customer", "Product", "Action", "New limit",
        "Score", "Band", "Reasons").whenEmpty("No line was reduced or frozen in this run.");
    for (DecisionRow r : rows) {
      String href = ctx.customerHref(r.customerId(), "");
      t.row(href == null ? Cell.text(r.customerId()) : Cell.link(r.customerId(), href),
          Cell.text(productLabel(r.product())), Cell.text(r.decision().equals("FROZEN") ? "Frozen" : "Reduced"),
          Fmt.money(r.creditLimit()), r.score() == null ? Cell.number("—", "") : Fmt.count(r.score()),
          Cell.text(Bands.label(r.band())), Cell.text(IdentityMask.mask(r.reasons())));
    }
    return t.build();
  }
}
