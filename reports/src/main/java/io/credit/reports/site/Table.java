package io.credit.reports.site;

import java.util.ArrayList;
import java.util.List;

/**
 * A table shown on a page and exported as CSV.
 *
 * @param id      short name, unique on the page (used in the CSV file name and the element id)
 * @param title   caption
 * @param headers column headers
 * @param rows    rows of cells
 * @param emptyMessage what the page says instead when there are no rows
 */
public record Table(String id, String title, List<String> headers, List<List<Cell>> rows, String emptyMessage) {

  public Table {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public static Builder builder(String id, String title, String... headers) {
    return new Builder(id, title, List.of(headers));
  }

  /** Collects rows; {@link Fmt} makes the cells. */
  public static final class Builder {
    private final String id;
    private final String title;
    private final List<String> headers;
    private final List<List<Cell>> rows = new ArrayList<>();
    private String empty = "No data.";

    private Builder(String id, String title, List<String> headers) {
      this.id = id;
      this.title = title;
      this.headers = headers;
    }

    public Builder row(Cell... cells) {
      if (cells.length != headers.size()) {
        throw new IllegalArgumentException("table " + id + ": " + cells.length + " cells for " + headers.size()
            + " columns");
      }
      rows.add(List.of(cells));
      return this;
    }

    public Builder whenEmpty(String message) {
      this.empty = message;
      return this;
    }

    public Table build() {
      return new Table(id, title, headers, rows, empty);
    }
  }
}
