package io.credit.features.catalog;

import io.credit.core.model.Dimension;

/** The catalogue as a markdown section, generated from {@link FeatureCatalog} so the docs cannot drift. */
public final class CatalogMarkdown {
  public static final String BEGIN = "<!-- BEGIN GENERATED CATALOGUE (./credit features catalog --update features/README.md) -->";
  public static final String END = "<!-- END GENERATED CATALOGUE -->";

  private CatalogMarkdown() {}

  public static String table() {
    FeatureCatalog catalog = FeatureCatalog.current();
    StringBuilder b = new StringBuilder();
    b.append("Feature set version ").append(catalog.version()).append(": ").append(catalog.features().size())
        .append(" features, every one a non-null double.\n");
    for (Dimension d : Dimension.values()) {
      b.append("\n### ").append(d.label()).append(" (").append(d.name()).append(")\n\n");
      b.append("| feature | window | unit | definition | when missing | reason phrase |\n");
      b.append("|---|---|---|---|---|---|\n");
      for (FeatureDefinition f : catalog.of(d)) {
        b.append("| `").append(f.name()).append("` | ").append(f.windowLabel()).append(" | ").append(f.unit())
            .append(" | ").append(escape(f.definition())).append(" | ").append(escape(f.missingValue()))
            .append(" | ").append(escape(f.reasonPhrase())).append(" |\n");
      }
    }
    return b.toString();
  }

  /** The text with its generated section (between the markers) replaced, or appended when absent. */
  public static String replaceSection(String text) {
    String section = BEGIN + "\n" + table() + END;
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    if (begin < 0 || end < begin) {
      return text + (text.endsWith("\n") ? "" : "\n") + "\n" + section + "\n";
    }
    return text.substring(0, begin) + section + text.substring(end + END.length());
  }

  private static String escape(String s) {
    return s.replace("|", "\\|");
  }
}
