package io.credit.ingestion.validate;

import io.credit.ingestion.read.SourceLine;
import java.util.Arrays;
import java.util.List;

/**
 * Masks personal identifiers (name, national id, phone) in a rejected line before it is stored.
 * When the line cannot be split into its columns, everything after the first field is masked.
 */
public final class RawMasker {
  static final int MAX_LENGTH = 1000;
  /** What is stored instead of the line of an erased customer ({@link RuleCode#ERASED_SUBJECT}). */
  public static final String WITHHELD = "[withheld: erased subject]";
  private static final List<String> PERSONAL = List.of("full_name", "national_id", "phone");

  private final int[] personalColumns;
  private final int width;

  private RawMasker(int[] personalColumns, int width) {
    this.personalColumns = personalColumns;
    this.width = width;
  }

  /** Nothing to mask (files without personal identifiers). */
  public static RawMasker none() {
    return new RawMasker(new int[0], -1);
  }

  /** Masks the personal columns found in the header. */
  public static RawMasker forHeader(String[] header) {
    List<String> names = Arrays.asList(header);
    int[] columns = PERSONAL.stream().mapToInt(names::indexOf).filter(i -> i >= 0).toArray();
    return new RawMasker(columns, header.length);
  }

  public String mask(SourceLine line) {
    String text = line.text();
    if (personalColumns.length > 0) {
      if (line.isOk() && line.fields().length == width) {
        String[] fields = line.fields().clone();
        for (int i : personalColumns) {
          fields[i] = fields[i].isEmpty() ? "" : "***";
        }
        text = String.join(",", fields);
      } else {
        int comma = text.indexOf(',');
        String head = comma < 0 ? "" : text.substring(0, comma + 1);
        String tail = comma < 0 ? text : text.substring(comma + 1);
        text = head + tail.replaceAll("[\\p{L}\\p{N}]", "*");
      }
    }
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
  }
}
