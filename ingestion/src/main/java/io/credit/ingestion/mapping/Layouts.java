package io.credit.ingestion.mapping;

import io.credit.ingestion.read.CsvDialect;
import io.credit.ingestion.validate.FileKind;

/** Chooses the layout of a file: our own by header name, or a declared mapping. */
public final class Layouts {
  private Layouts() {}

  public static CsvDialect dialect(LayoutMapping mapping) {
    return mapping == null ? CsvDialect.standard() : new CsvDialect(mapping.delimiterChar(), mapping.quoteChar());
  }

  public static RecordLayout layout(FileKind kind, LayoutMapping mapping, String fileName, String[] header) {
    if (mapping == null || mapping.fields() == null || mapping.fields().isEmpty()) {
      return new HeaderLayout(fileName, header, kind.columns());
    }
    return new MappedLayout(mapping, fileName, header);
  }
}
