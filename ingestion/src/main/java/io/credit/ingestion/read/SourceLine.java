package io.credit.ingestion.read;

import io.credit.ingestion.validate.RuleCode;

/**
 * One physical line of an input file: its fields, or the format error that kept it from being split.
 *
 * @param lineNumber physical line number in the original file (header = 1)
 * @param text       the decoded line (invalid bytes replaced when {@code error} is {@code INVALID_ENCODING})
 * @param fields     the CSV fields, {@code null} when {@code error} is set
 * @param error      {@code INVALID_ENCODING} or {@code MALFORMED_LINE}, else {@code null}
 * @param message    what was wrong, else {@code null}
 */
public record SourceLine(long lineNumber, String text, String[] fields, RuleCode error, String message) {

  public static SourceLine ok(long lineNumber, String text, String[] fields) {
    return new SourceLine(lineNumber, text, fields, null, null);
  }

  public static SourceLine bad(long lineNumber, String text, RuleCode error, String message) {
    return new SourceLine(lineNumber, text, null, error, message);
  }

  public boolean isOk() {
    return error == null;
  }
}
