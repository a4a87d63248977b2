package io.credit.ingestion.mapping;

import io.credit.core.cli.BadInputException;
import io.credit.ingestion.read.SourceLine;
import io.credit.ingestion.validate.Reject;
import io.credit.ingestion.validate.RuleCode;
import java.util.Arrays;
import java.util.List;

/** Our own format: canonical columns found by header name (any order; extra columns ignored). */
public final class HeaderLayout implements RecordLayout {
  private final int width;
  private final int[] source;
  private final boolean identity;

  public HeaderLayout(String fileName, String[] header, List<String> canonical) {
    this.width = header.length;
    this.source = new int[canonical.size()];
    List<String> names = Arrays.asList(header);
    for (int k = 0; k < canonical.size(); k++) {
      int i = names.indexOf(canonical.get(k));
      if (i < 0) {
        throw new BadInputException(fileName + ": header lacks column '" + canonical.get(k) + "' (header is "
            + String.join(",", header) + "); expected " + String.join(",", canonical));
      }
      source[k] = i;
    }
    boolean same = header.length == canonical.size();
    for (int k = 0; same && k < source.length; k++) {
      same = source[k] == k;
    }
    this.identity = same;
  }

  @Override
  public String[] canonical(SourceLine line) {
    String[] fields = line.fields();
    if (fields.length != width) {
      throw new Reject(RuleCode.COLUMN_COUNT, "expected " + width + " fields, found " + fields.length);
    }
    if (identity) {
      return fields;
    }
    String[] out = new String[source.length];
    for (int k = 0; k < source.length; k++) {
      out[k] = fields[source[k]];
    }
    return out;
  }
}
