package io.credit.ingestion.read;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How one line is split into fields: delimiter and optional quote character. Lines without a quote
 * character are split directly; others go through commons-csv (RFC 4180 quoting, doubled quotes).
 */
public final class CsvDialect {
  private final char delimiter;
  private final Character quote;
  private final CSVFormat format;

  public CsvDialect(char delimiter, Character quote) {
    this.delimiter = delimiter;
    this.quote = quote;
    this.format = CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter)
        .setQuote(quote)
        .setIgnoreSurroundingSpaces(false)
        .get();
  }

  public static CsvDialect standard() {
    return new CsvDialect(',', '"');
  }

  /** The fields of one line; throws {@link MalformedLineException} for an unparseable line. */
  public String[] split(String line) {
    if (quote == null || line.indexOf(quote) < 0) {
      return splitPlain(line);
    }
    try (CSVParser parser = CSVParser.parse(new StringReader(line), format)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return new String[] {""};
      }
      CSVRecord record = records.next();
      if (records.hasNext()) {
        throw new MalformedLineException("more than one record on the line");
      }
      return record.values();
    } catch (IOException e) {
      throw new MalformedLineException(e.getMessage());
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new MalformedLineException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
    }
  }

  private String[] splitPlain(String line) {
    List<String> out = new ArrayList<>(16);
    int start = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == delimiter) {
        out.add(line.substring(start, i));
        start = i + 1;
      }
    }
    out.add(line.substring(start));
    return out.toArray(String[]::new);
  }

  /** A line that cannot be parsed as CSV (e.g. an unbalanced quote). */
  public static final class MalformedLineException extends RuntimeException {
    public MalformedLineException(String message) {
      super(message == null ? "unparseable CSV line" : message);
    }
  }
}
