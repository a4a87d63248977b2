package io.credit.reports.page;

import io.credit.core.model.Dimension;
import io.credit.core.model.ScoreBand;
import io.credit.reports.chart.Axis;
import io.credit.reports.chart.Bar;
import io.credit.reports.chart.HBarChart;
import io.credit.reports.chart.LineChart;
import io.credit.reports.chart.Series;
import io.credit.reports.read.CustomerFacts;
import io.credit.reports.read.CustomerReads;
import io.credit.reports.read.DecisionRow;
import io.credit.reports.read.ScoreRow;
import io.credit.reports.site.Cell;
import io.credit.reports.site.Fmt;
import io.credit.reports.site.IdentityMask;
import io.credit.reports.site.Page;
import io.credit.reports.site.Table;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The searchable customer list and one page per customer of the subset. */
public final class CustomerPages {
  private static final int CHUNK = 500;

  private CustomerPages() {}

  /** Builds and hands over pages one at a time (so thousands of pages never sit in memory together). */
  public static void build(ReportContext ctx, Map<String, String> subset, Consumer<Page> sink) {
    Table.Builder list = Table.builder("customers", "Customers with a page", "Customer", "Group", "Score", "Band",
        "Credit line", "Reasons (first)")
        .whenEmpty(ctx.snapshot().isEmpty()
            ? "No published eligibility snapshot for " + ctx.date() + ": customer pages appear once lending has run."
            : "No customer was declined, sent to manual review, warned or approved in this snapshot.");
    List<String> ids = new ArrayList<>(subset.keySet());
    CustomerReads reads = ctx.dao(CustomerReads.class);
    boolean hasScores = ctx.probe().has("scores");
    boolean hasCustomers = ctx.probe().has("customers");
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      Map<String, List<ScoreRow>> scores = hasScores
          ? reads.scoreHistory(chunk, ctx.date()).stream().collect(Collectors.groupingBy(ScoreRow::customerId))
          : Map.of();
      Map<String, List<DecisionRow>> decisions = reads.decisions(ctx.snapshot().get().snapshotId(), chunk).stream()
          .collect(Collectors.groupingBy(DecisionRow::customerId));
      Map<String, CustomerFacts> facts = hasCustomers
          ? reads.facts(chunk).stream().collect(Collectors.toMap(CustomerFacts::customerId, f -> f))
          : Map.of();
      for (String id : chunk) {
        List<ScoreRow> history = scores.getOrDefault(id, List.of());
        List<DecisionRow> ds = decisions.getOrDefault(id, List.of());
        sink.accept(page(ctx, id, subset.get(id), history, ds, facts.get(id)));
        ScoreRow latest = latest(history, ctx.date());
        DecisionRow line = ds.stream().filter(d -> "CREDIT_LINE".equals(d.product())).findFirst().orElse(null);
        list.row(Cell.link(id, "customers/" + id + ".html"), Cell.text(subset.get(id)),
            latest == null || latest.score() == null ? Cell.number("—", "") : Fmt.count(latest.score()),
            Cell.text(latest == null ? "" : Bands.label(latest.band())),
            Cell.text(line == null ? "" : line.decision()),
            Cell.text(latest == null ? "" : IdentityMask.mask(latest.reason1())));
      }
    }
    Map<String, Object> model = new HashMap<>();
    Map<String, Long> groups = subset.values().stream().collect(Collectors.groupingBy(g -> g, Collectors.counting()));
    List<Card> cards = new ArrayList<>();
    for (String g : List.of(CustomerSubset.DECLINED, CustomerSubset.MANUAL, CustomerSubset.WARNING,
        CustomerSubset.APPROVED)) {
      cards.add(Card.of(g, Long.toString(groups.getOrDefault(g, 0L))));
    }
    model.put("cards", cards);
    model.put("perGroup", ctx.options().customersPerGroup());
    sink.accept(new Page("customers.html", "Customers", "customers", model, List.of(list.build())));
  }

  private static ScoreRow latest(List<ScoreRow> history, LocalDate date) {
    ScoreRow last = null;
    for (ScoreRow r : history) {
      if (!r.scoreDate().isAfter(date)) {
        last = r;
      }
    }
    return last;
  }

  private static Page page(ReportContext ctx, String id, String group, List<ScoreRow> history,
      List<DecisionRow> decisions, CustomerFacts facts) {
    Map<String, Object> model = new HashMap<>();
    List<Table> tables = new ArrayList<>();
    model.put("customerId", id);
    model.put("group", group);
    ScoreRow latest = latest(history, ctx.date());
    List<Card> cards = new ArrayList<>();
    if (latest != null && latest.score() != null) {
      cards.add(new Card("Score on " + latest.scoreDate(), latest.score().toString(),
          Bands.label(latest.band()) + " band"));
    } else {
      cards.add(new Card("Score", "—", latest == null ? "not scored" : statusText(latest.status())));
    }
    if (facts != null) {
      cards.add(Card.of("Age band", ageBand(facts.birthDate(), ctx.date())));
      cards.add(Card.of("City tier", facts.cityTier() == null ? "—" : facts.cityTier().toString()));
      cards.add(new Card("Account age", tenure(facts.accountOpenDate(), ctx.date()), "since "
          + (facts.accountOpenDate() == null ? "?" : facts.accountOpenDate().toString())));
      cards.add(Card.of("Identity / phone verified", yesNo(facts.idVerified()) + " / " + yesNo(facts.phoneVerified())));
      cards.add(Card.of("Consent to scoring", yesNo(facts.consentScoring())));
      if (Boolean.TRUE.equals(facts.fraudFlag()) || Boolean.TRUE.equals(facts.amlFlag())) {
        cards.add(Card.of("Flags", (Boolean.TRUE.equals(facts.fraudFlag()) ? "fraud " : "")
            + (Boolean.TRUE.equals(facts.amlFlag()) ? "AML" : "")));
      }
    }
    model.put("cards", cards);
    List<ScoreRow> scored = history.stream().filter(r -> r.score() != null).toList();
    if (scored.isEmpty()) {
      model.put("noHistory", history.isEmpty() ? "No score on record for this customer up to " + ctx.date() + "."
          : "Not scored on any of the " + history.size() + " dates up to " + ctx.date() + " ("
              + statusText(history.get(history.size() - 1).status()) + "); the status per date is listed below.");
    } else {
      List<double[]> pts = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < scored.size(); i++) {
        pts.add(new double[] {i, scored.get(i).score()});
        labels.add(scored.get(i).scoreDate().toString());
      }
      int lo = scored.stream().mapToInt(ScoreRow::score).min().orElse(350);
      int hi = scored.stream().mapToInt(ScoreRow::score).max().orElse(950);
      model.put("historyChart", LineChart.render("Score history of " + id,
          List.of(new Series("score", "#1f5fbf", false, pts)),
          new Axis("score date", 0, Math.max(1, scored.size() - 1), labels),
          Axis.numeric("score", Math.max(ScoreBand.MIN_SCORE, (lo - 50) / 50 * 50), Math.min(ScoreBand.MAX_SCORE, hi + 50)),
          560, 260));
    }
    if (latest != null && latest.score() != null) {
      double[] dims = {nz(latest.dimCreditHistory()), nz(latest.dimBehaviour()), nz(latest.dimAbilityToPay()),
          nz(latest.dimIdentity()), nz(latest.dimConnections())};
      List<Bar> bars = new ArrayList<>();
      Table.Builder dt = Table.builder("dimensions", "Dimension sub-scores (0–100, higher is better)", "Dimension",
          "What it covers", "Sub-score");
      for (Dimension d : Dimension.values()) {
        double v = dims[d.ordinal()];
        bars.add(new Bar(d.label(), v, v < 40 ? "#c8433a" : v < 60 ? "#d9b62b" : "#2e8b57"));
        dt.row(Cell.text(d.label()), Cell.text(d.description()), Fmt.dec(v, 0));
      }
      model.put("dimChart", HBarChart.render("Dimension sub-scores of " + id, bars, 100, Double.NaN, "%.0f", 520));
      tables.add(dt.build());
      List<String> reasons = new ArrayList<>();
      for (String r : new String[] {latest.reason1(), latest.reason2(), latest.reason3(), latest.reason4()}) {
        if (r != null && !r.isBlank()) {
          reasons.add(IdentityMask.mask(r));
        }
      }
      model.put("reasons", reasons);
    } else {
      model.put("noDims", latest == null ? "Not scored: no sub-scores or reason codes."
          : "Not scored (" + statusText(latest.status()) + "): no sub-scores or reason codes.");
    }
    Table.Builder dec = Table.builder("decisions", "Eligibility decisions on " + ctx.date(), "Product", "Decision",
        "Credit limit", "Deposit waived", "Policy", "Model", "Reasons").whenEmpty("No decision for this customer.");
    for (DecisionRow d : decisions) {
      dec.row(Cell.text(PortfolioPage.productLabel(d.product())), Cell.text(d.decision()), Fmt.money(d.creditLimit()),
          Fmt.money(d.depositWaived()), Cell.text(d.policyVersion()),
          Cell.text(d.modelName() == null ? "" : d.modelName() + ":" + d.modelVersion()),
          Cell.text(IdentityMask.mask(d.reasons())));
    }
    tables.add(dec.build());
    Table.Builder hist = Table.builder("scores", "Score history", "Date", "Status", "Score", "Band", "Model")
        .whenEmpty("No score on record.");
    for (int i = history.size() - 1; i >= 0; i--) {
      ScoreRow r = history.get(i);
      hist.row(Cell.text(r.scoreDate().toString()), Cell.text(r.status()),
          r.score() == null ? Cell.number("—", "") : Fmt.count(r.score()), Cell.text(Bands.label(r.band())),
          Cell.text(r.modelName() + ":" + r.modelVersion()));
    }
    tables.add(hist.build());
    return new Page("customers/" + id + ".html", "Customer " + id, "customer", model, tables);
  }

  private static String statusText(String status) {
    return switch (status == null ? "" : status) {
      case "INSUFFICIENT_DATA" -> "too little history";
      case "NO_CONSENT" -> "no consent to scoring";
      default -> status == null ? "unknown" : status.toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static double nz(Double v) {
    return v == null ? 0 : v;
  }

  private static String yesNo(Boolean b) {
    return b == null ? "?" : b ? "yes" : "no";
  }

  static String ageBand(LocalDate birth, LocalDate at) {
    if (birth == null) {
      return "unknown";
    }
    int age = Period.between(birth, at).getYears();
    if (age < 18) {
      return "under 18";
    }
    int[] bounds = {25, 35, 45, 55, 65};
    String[] names = {"18-24", "25-34", "35-44", "45-54", "55-64"};
    for (int i = 0; i < bounds.length; i++) {
      if (age < bounds[i]) {
        return names[i];
      }
    }
    return "65+";
  }

  private static String tenure(LocalDate open, LocalDate at) {
    if (open == null) {
      return "—";
    }
    Period p = Period.between(open, at);
    if (p.getYears() > 0) {
      return p.getYears() + (p.getYears() == 1 ? " year " : " years ") + p.getMonths() + " m";
    }
    return p.getMonths() + (p.getMonths() == 1 ? " month" : " months");
  }
}
