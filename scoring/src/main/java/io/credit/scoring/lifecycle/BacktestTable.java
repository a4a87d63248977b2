package io.credit.scoring.lifecycle;

import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.registry.ModelRef;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.registry.ModelStage;
import io.credit.scoring.service.BacktestResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Backtests of several model versions printed side by side, one line per version and date, champion first. */
public final class BacktestTable {
  private final PrintStream out;
  private final String indent;

  public BacktestTable(PrintStream out, String indent) {
    this.out = out;
    this.indent = indent;
  }

  /** The versions in the order to show them: a champion first, then scorecards, then the others, else as given. */
  public static List<ModelRef> championFirst(List<ModelRef> refs, ModelRegistry registry) {
    List<ModelRef> sorted = new ArrayList<>(refs);
    Map<ModelRef, Integer> rank = new LinkedHashMap<>();
    for (ModelRef r : refs) {
      ModelRecord m = registry.require(r);
      rank.put(r, m.stage() == ModelStage.CHAMPION ? 0 : "scorecard".equals(m.kind()) ? 1 : 2);
    }
    sorted.sort(Comparator.comparing(rank::get));
    return sorted;
  }

  public void header() {
    out.printf("%s%-24s %-9s %-10s %8s %6s %21s %6s %6s %7s %6s %14s%n", indent, "model", "kind", "as of", "rows",
        "bads", "AUC (95% CI)", "KS", "Gini", "Brier", "PSI", "oracle AUC, ÷");
  }

  public void row(BacktestResult r) {
    out.printf(Locale.ROOT, "%s%-24s %-9s %-10s %,8d %,6d %.3f (%.3f–%.3f) %6.3f %6.3f %7.4f %6s %14s%n", indent,
        r.model(), r.kind(), r.asOfDate(), r.metrics().rows(), r.metrics().bads(), r.metrics().auc(), r.aucCi95()[0],
        r.aucCi95()[1], r.metrics().ks(), r.metrics().gini(), r.metrics().brier(),
        r.scorePsi() == null ? "–" : String.format(Locale.ROOT, "%.3f", r.scorePsi()),
        r.oracle() == null ? "–" : String.format(Locale.ROOT, "%.3f, %.3f", r.oracle().oracleAuc(), r.oracle().ratio()));
  }

  /** One backtest as a JSON-ready map (for {@code --json} summaries). */
  public static Map<String, Object> summary(BacktestResult r) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("model", r.model());
    row.put("kind", r.kind());
    row.put("asOf", r.asOfDate().toString());
    row.put("rows", r.metrics().rows());
    row.put("bads", r.metrics().bads());
    row.put("auc", r.metrics().auc());
    row.put("ks", r.metrics().ks());
    row.put("gini", r.metrics().gini());
    row.put("brier", r.metrics().brier());
    row.put("psi", r.scorePsi());
    if (r.oracle() != null) {
      row.put("oracleAuc", r.oracle().oracleAuc());
      row.put("aucToOracle", r.oracle().ratio());
    }
    return row;
  }
}
