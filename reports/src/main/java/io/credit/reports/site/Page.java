package io.credit.reports.site;

import java.util.List;
import java.util.Map;

/**
 * One HTML page of the site.
 *
 * @param path     file path relative to the site root, e.g. {@code portfolio.html} or {@code customers/C00000001.html}
 * @param title    page title
 * @param template Pebble template name (without {@code .peb})
 * @param model    values the template reads
 * @param tables   tables shown (each also written as CSV), addressable by id in the template
 */
public record Page(String path, String title, String template, Map<String, Object> model, List<Table> tables) {
  public Page {
    model = Map.copyOf(model);
    tables = List.copyOf(tables);
  }

  /** Prefix that leads from this page back to the site root ({@code ""} or {@code "../"}). */
  public String root() {
    return "../".repeat((int) path.chars().filter(c -> c == '/').count());
  }

  /** File name without folder and extension. */
  public String baseName() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
  }

  /** Link from this page to a table's CSV file (in a {@code csv/} folder beside the page). */
  public String csvHref(Table t) {
    return "csv/" + baseName() + "-" + t.id() + ".csv";
  }
}
