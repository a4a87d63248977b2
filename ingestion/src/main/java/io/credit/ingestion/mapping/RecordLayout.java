package io.credit.ingestion.mapping;

import io.credit.ingestion.read.SourceLine;

/** Turns the fields of one source line into the canonical columns of its file kind. */
public interface RecordLayout {
  /** Canonical field values (empty string = missing); throws {@link io.credit.ingestion.validate.Reject}. */
  String[] canonical(SourceLine line);
}
