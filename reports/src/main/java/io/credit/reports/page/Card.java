package io.credit.reports.page;

/** A key figure shown as a tile: label, value and an optional small print. */
public record Card(String k, String v, String s) {
  public static Card of(String k, String v) {
    return new Card(k, v, null);
  }
}
