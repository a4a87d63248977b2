package io.credit.reports.page;

import io.credit.reports.read.AuditEntry;
import io.credit.reports.read.ModelReads;
import io.credit.reports.read.ModelRow;
import io.credit.reports.site.Cell;
import io.credit.reports.site.Fmt;
import io.credit.reports.site.Page;
import io.credit.reports.site.Table;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The model registry list and a model card per version: scorecard (from the version's
 * {@code scorecard.csv} artifact), IV per feature, training window, metrics, provenance, promotion history.
 */
public final class ModelPages {
  private ModelPages() {}

  public static void build(ReportContext ctx, Consumer<Page> sink) {
    Map<String, Object> model = new HashMap<>();
    Table.Builder list = Table.builder("models", "Registered model versions", "Model", "Version", "Kind", "Stage",
        "Registered", "Training window", "Feature set").whenEmpty("No model is registered yet.");
    if (!ctx.probe().has("models")) {
      model.put("noModels", "No model registry in this database yet: no model has been trained here.");
      sink.accept(new Page("models.html", "Models", "models", model, List.of()));
      return;
    }
    ModelReads reads = ctx.dao(ModelReads.class);
    List<AuditEntry> events = ctx.probe().has("audit_log") ? reads.modelEvents() : List.of();
    for (ModelRow m : reads.models()) {
      String file = "models/" + slug(m.modelName()) + "-v" + m.version() + ".html";
      list.row(Cell.link(m.modelName(), file), Fmt.count(m.version()), Cell.text(m.kind()), Cell.text(m.stage()),
          Fmt.time(m.createdAt()), Cell.text(window(m)), Cell.text(m.featureSetVersion()));
      sink.accept(card(ctx, m, file, events));
    }
    sink.accept(new Page("models.html", "Models", "models", model, List.of(list.build())));
  }

  static String slug(String name) {
    return name.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static String window(ModelRow m) {
    return (m.trainFrom() == null ? "?" : m.trainFrom().toString()) + " to "
        + (m.trainTo() == null ? "?" : m.trainTo().toString());
  }

  private static Page card(ReportContext ctx, ModelRow m, String file, List<AuditEntry> events) {
    Map<String, Object> model = new HashMap<>();
    List<Table> tables = new ArrayList<>();
    model.put("cards", List.of(Card.of("Stage", m.stage()), Card.of("Kind", m.kind()),
        Card.of("Training window", window(m)), new Card("Registered", m.createdAt() == null ? "?"
            : m.createdAt().toLocalDate().toString(), m.stageChangedAt() == null ? null
            : "stage changed " + m.stageChangedAt().toLocalDate())));
    Table.Builder facts = Table.builder("facts", "Training", "Field", "Value");
    facts.row(Cell.text("As-of dates used"), Cell.text(m.asOfDates()));
    facts.row(Cell.text("Feature set version"), Cell.text(m.featureSetVersion()));
    facts.row(Cell.text("Training data hash (SHA-256)"), Cell.text(m.trainingDataHash()));
    facts.row(Cell.text("Artifact"), Cell.text(m.artifactPath()));
    Json.flatten(m.hyperParameters()).forEach((k, v) -> facts.row(Cell.text("parameter " + k), Cell.text(v)));
    tables.add(facts.build());
    tables.add(keyValues("metrics", "Metrics", m.metrics(), "No metrics recorded."));
    tables.add(keyValues("provenance", "Provenance", m.provenance(), "No provenance recorded."));
    scorecard(ctx, m, tables, model);
    Table.Builder history = Table.builder("history", "Promotion history", "When", "Who", "Action", "Details")
        .whenEmpty("No promotion or retirement recorded for this version.");
    if (m.createdAt() != null) {
      history.row(Fmt.time(m.createdAt()), Cell.text("registry"), Cell.text("REGISTERED"), Cell.text("as challenger"));
    }
    for (AuditEntry e : events) {
      if (m.ref().equals(e.subject()) || (e.details() != null && e.details().contains("\"" + m.ref() + "\""))) {
        history.row(Fmt.time(e.atTime()), Cell.text(e.actor()), Cell.text(e.action()), Cell.text(
            Json.flatten(e.details()).entrySet().stream().map(x -> x.getKey() + ": " + x.getValue())
                .reduce((a, b) -> a + "\n" + b).orElse("")));
      }
    }
    tables.add(history.build());
    return new Page(file, "Model card " + m.ref(), "model", model, tables);
  }

  private static Table keyValues(String id, String title, String json, String empty) {
    Table.Builder t = Table.builder(id, title, "Name", "Value").whenEmpty(empty);
    Json.flatten(json).forEach((k, v) -> t.row(Cell.text(k), Cell.text(v)));
    return t.build();
  }

  private static void scorecard(ReportContext ctx, ModelRow m, List<Table> tables, Map<String, Object> model) {
    Path dir = m.artifactPath() == null ? null : ctx.dataDir().resolve(m.artifactPath());
    Path csv = dir == null ? null : dir.resolve("scorecard.csv");
    if (csv == null || !Files.isRegularFile(csv)) {
      model.put("noScorecard", "scorecard".equalsIgnoreCase(m.kind()) || m.kind() == null
          ? "No scorecard table found for this version (looked for " + (m.artifactPath() == null ? "an artifact path"
              : m.artifactPath() + "/scorecard.csv") + " in the data directory)."
          : "This is a " + m.kind() + " model: it has no points table; see its metrics and backtests.");
      return;
    }
    Table.Builder bins = Table.builder("scorecard", "Scorecard: bins and points", "Feature", "Dimension", "Bin",
        "Customers", "Bads", "Bad rate", "WOE", "Points");
    Map<String, String[]> iv = new LinkedHashMap<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
         CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      for (CSVRecord rec : p) {
        String feature = rec.get("feature");
        iv.putIfAbsent(feature, new String[] {rec.get("dimension"), rec.get("iv")});
        bins.row(Cell.text(feature), Cell.text(rec.get("dimension")), Cell.text(rec.get("bin")),
            Fmt.count(Long.parseLong(rec.get("count"))), Fmt.count(Long.parseLong(rec.get("bads"))),
            Fmt.rate(Double.parseDouble(rec.get("bad_rate"))), Fmt.dec(Double.parseDouble(rec.get("woe")), 3),
            Fmt.dec(Double.parseDouble(rec.get("points")), 1));
      }
    } catch (IOException | RuntimeException e) {
      model.put("noScorecard", "The scorecard table " + m.artifactPath() + "/scorecard.csv could not be read: "
          + e.getMessage());
      return;
    }
    Table.Builder ivTable = Table.builder("iv", "Information value per feature", "Feature", "Dimension", "IV",
        "Strength");
    iv.forEach((f, v) -> {
      double x = Double.parseDouble(v[1]);
      ivTable.row(Cell.text(f), Cell.text(v[0]), Fmt.dec(x, 4), Cell.text(x < 0.02 ? "not useful" : x < 0.1 ? "weak"
          : x < 0.3 ? "medium" : "strong"));
    });
    tables.add(ivTable.build());
    tables.add(bins.build());
  }
}
