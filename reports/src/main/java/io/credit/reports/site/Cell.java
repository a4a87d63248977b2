package io.credit.reports.site;

/**
 * One table cell.
 *
 * @param text    what the page shows (formatted, e.g. {@code 12,345} or {@code 4.2%})
 * @param raw     what the CSV export holds (unformatted, e.g. {@code 12345} or {@code 0.042})
 * @param href    a link relative to the page, or {@code null}
 * @param numeric right-aligned
 */
public record Cell(String text, String raw, String href, boolean numeric) {
  /** Text with line breaks (e.g. a decision's reasons, one per line). */
  public boolean multiline() {
    return text.indexOf('\n') >= 0;
  }

  public static Cell text(String s) {
    String v = s == null ? "" : s;
    return new Cell(v, v, null, false);
  }

  public static Cell link(String s, String href) {
    return new Cell(s, s, href, false);
  }

  public static Cell number(String shown, String raw) {
    return new Cell(shown, raw, null, true);
  }
}
