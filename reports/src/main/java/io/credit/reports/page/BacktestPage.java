package io.credit.reports.page;

import io.credit.core.model.ScoreBand;
import io.credit.reports.chart.Axis;
import io.credit.reports.chart.Bar;
import io.credit.reports.chart.BarChart;
import io.credit.reports.chart.LineChart;
import io.credit.reports.chart.Series;
import io.credit.reports.read.BacktestRow;
import io.credit.reports.read.ModelReads;
import io.credit.reports.read.ModelRow;
import io.credit.reports.site.Cell;
import io.credit.reports.site.Fmt;
import io.credit.reports.site.Page;
import io.credit.reports.site.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backtests: the champion's latest out-of-time evaluation (ROC, KS, calibration, bad rate by band,
 * score PSI and CSI per feature) and every version evaluated on that date side by side.
 */
public final class BacktestPage {
  private BacktestPage() {}

  public static Page build(ReportContext ctx) {
    Map<String, Object> model = new HashMap<>();
    List<Table> tables = new ArrayList<>();
    if (!ctx.probe().has("models", "backtests")) {
      model.put("noBacktest", "No backtest has run yet: the backtest table does not exist in this database.");
      return new Page("backtest.html", "Backtest", "backtest", model, tables);
    }
    ModelReads reads = ctx.dao(ModelReads.class);
    List<BacktestRow> all = reads.backtests();
    if (all.isEmpty()) {
      model.put("noBacktest", "No backtest has run yet. Run ./credit backtest to evaluate a model on a past date "
          + "whose outcomes are known; this page then shows ROC, KS, calibration and stability.");
      return new Page("backtest.html", "Backtest", "backtest", model, tables);
    }
    Map<String, String> stages = new HashMap<>();
    for (ModelRow m : reads.models()) {
      stages.put(m.ref(), m.stage());
    }
    Optional<BacktestRow> champ = PortfolioPage.latestChampionBacktest(ctx);
    BacktestRow main = champ.orElse(all.get(0));
    model.put("subject", main.ref() + " (" + stages.getOrDefault(main.ref(), "unregistered") + ") on "
        + main.asOfDate() + ": " + String.format(java.util.Locale.ROOT, "%,d", main.rowsEvaluated())
        + " customers, " + String.format(java.util.Locale.ROOT, "%,d", main.bads()) + " bads");
    model.put("cards", List.of(
        Card.of("AUC", fmt(main.auc(), 3)), Card.of("Gini", fmt(main.gini(), 3)), Card.of("KS", fmt(main.ks(), 3)),
        Card.of("Brier score", fmt(main.brier(), 4)),
        new Card("Score PSI vs training", fmt(main.scorePsi(), 3), main.scorePsi() == null ? null
            : Psi.verdict(main.scorePsi()))));

    Table.Builder cmp = Table.builder("comparison", "Champion and challengers on " + main.asOfDate(), "Model",
        "Stage", "Customers", "Bads", "AUC", "Gini", "KS", "Brier", "Score PSI");
    List<BacktestRow> sameDate = all.stream().filter(b -> b.asOfDate().equals(main.asOfDate()))
        .sorted(java.util.Comparator.comparing((BacktestRow b) -> !"champion".equalsIgnoreCase(stages.get(b.ref())))
            .thenComparing(BacktestRow::ref))
        .toList();
    for (BacktestRow b : sameDate) {
      cmp.row(Cell.link(b.ref(), "models/" + ModelPages.slug(b.modelName()) + "-v" + b.modelVersion() + ".html"),
          Cell.text(stages.getOrDefault(b.ref(), "")), Fmt.count(b.rowsEvaluated()), Fmt.count(b.bads()),
          Fmt.dec(b.auc(), 4), Fmt.dec(b.gini(), 4), Fmt.dec(b.ks(), 4), Fmt.dec(b.brier(), 4),
          Fmt.dec(b.scorePsi(), 4));
    }
    tables.add(cmp.build());

    BacktestDetails d = BacktestDetails.parse(main.details());
    List<double[]> roc = d.roc().isEmpty() ? Curves.roc(d.calibration()) : d.roc();
    if (roc.size() > 2) {
      model.put("rocNote", d.roc().isEmpty() ? "Curves at decile resolution (from the calibration deciles)." : "");
      model.put("rocChart", LineChart.render("ROC curve", List.of(
          new Series(main.ref() + " (area " + String.format(java.util.Locale.ROOT, "%.3f", Curves.auc(roc)) + ")",
              "#1f5fbf", false, roc),
          new Series("random", "#999", true, List.of(new double[] {0, 0}, new double[] {1, 1}))),
          Axis.numeric("share of goods declined (false positive rate)", 0, 1),
          Axis.numeric("share of bads caught", 0, 1), 440, 340));
      double[][] cum = Curves.cumulative(d.calibration());
      List<double[]> badsCurve = new ArrayList<>(List.of(new double[] {0, 0}));
      List<double[]> goodsCurve = new ArrayList<>(List.of(new double[] {0, 0}));
      for (double[] c : cum) {
        badsCurve.add(new double[] {c[0], c[1]});
        goodsCurve.add(new double[] {c[0], c[2]});
      }
      if (cum.length > 0) {
        model.put("ksChart", LineChart.render("KS curve", List.of(
            new Series("bads (cumulative share)", "#c8433a", false, badsCurve),
            new Series("goods (cumulative share)", "#2e8b57", false, goodsCurve)),
            Axis.numeric("share of customers, riskiest first", 0, 1), Axis.numeric("cumulative share", 0, 1),
            440, 340));
        model.put("ksDecile", String.format(java.util.Locale.ROOT, "%.3f", Curves.ks(d.calibration())));
      }
    } else {
      model.put("noCurves", "This backtest stored no calibration deciles or ROC points, so no curves can be drawn.");
    }
    if (!d.calibration().isEmpty()) {
      List<double[]> predicted = new ArrayList<>();
      List<double[]> observed = new ArrayList<>();
      List<String> decileLabels = new ArrayList<>();
      double max = 0;
      Table.Builder cal = Table.builder("calibration", "Calibration by decile of predicted risk (1 = safest)",
          "Decile", "Customers", "Predicted bad rate", "Observed bad rate");
      for (BacktestDetails.Decile x : d.calibration()) {
        predicted.add(new double[] {predicted.size(), x.predicted()});
        observed.add(new double[] {observed.size(), x.observed()});
        decileLabels.add(Integer.toString(x.decile()));
        max = Math.max(max, Math.max(x.predicted(), x.observed()));
        cal.row(Fmt.count(x.decile()), Fmt.count(x.rows()), Fmt.rate(x.predicted()), Fmt.rate(x.observed()));
      }
      model.put("calibrationChart", LineChart.render("Calibration", List.of(
          new Series("predicted bad rate", "#1f5fbf", false, predicted),
          new Series("observed bad rate", "#c8433a", false, observed)),
          new Axis("decile of predicted risk (1 = safest)", 0, Math.max(1, decileLabels.size() - 1), decileLabels),
          Axis.numeric("bad rate", 0, max),
          440, 320));
      tables.add(cal.build());
    }
    Table.Builder bands = Table.builder("bands", "Bad rate by score band", "Band", "Score range", "Customers", "Bads",
        "Bad rate").whenEmpty("This backtest stored no per-band results.");
    List<Bar> bars = new ArrayList<>();
    for (ScoreBand b : ScoreBand.values()) {
      BacktestDetails.BandStat s = d.bands().get(b.name());
      if (s != null) {
        bands.row(Cell.text(b.label()), Cell.text(Bands.range(b)), Fmt.count(s.rows()), Fmt.count(s.bads()),
            Fmt.rate(s.badRate()));
        bars.add(new Bar(b.label(), 100 * s.badRate(), Bands.colour(b)));
      }
    }
    tables.add(bands.build());
    if (!bars.isEmpty()) {
      model.put("bandChart", BarChart.render("Observed bad rate by score band (%)", bars, "score band",
          "bad rate (%)", 440, 280));
    }
    Table.Builder csi = Table.builder("csi", "Characteristic stability (CSI) per feature, against training",
        "Feature", "CSI", "Verdict").whenEmpty("This backtest stored no CSI values.");
    d.csi().entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .forEach(e -> csi.row(Cell.text(e.getKey()), Fmt.dec(e.getValue(), 4), Cell.text(Psi.verdict(e.getValue()))));
    tables.add(csi.build());
    Table.Builder hist = Table.builder("history", "All backtests", "Model", "As of", "Run at", "Customers", "Bads",
        "AUC", "KS", "Score PSI");
    for (BacktestRow b : all) {
      hist.row(Cell.text(b.ref()), Cell.text(b.asOfDate().toString()), Fmt.time(b.runAt()),
          Fmt.count(b.rowsEvaluated()), Fmt.count(b.bads()), Fmt.dec(b.auc(), 4), Fmt.dec(b.ks(), 4),
          Fmt.dec(b.scorePsi(), 4));
    }
    tables.add(hist.build());
    return new Page("backtest.html", "Backtest", "backtest", model, tables);
  }

  private static String fmt(Double v, int decimals) {
    return v == null || v.isNaN() ? "—" : String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
  }
}
