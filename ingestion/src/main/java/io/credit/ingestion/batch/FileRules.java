package io.credit.ingestion.batch;

import io.credit.ingestion.validate.RecordValidator;
import java.io.IOException;
import java.util.List;

/** What differs between the input files: how records are validated and where valid ones go. */
interface FileRules<T> {
  /** A validator for this run and pass (may load reference data, e.g. known customers). */
  RecordValidator<T> validator(IngestParameters params, FilePass.Mode mode);

  /** Where valid records of one pass go. */
  Sink<T> sink(IngestParameters params, FilePass.Mode mode) throws IOException;

  /** Receives the valid records of each chunk, inside the chunk's transaction. */
  interface Sink<T> {
    void write(List<T> records) throws IOException;

    /** Called once at the end; {@code success} false when the step failed. */
    default void close(boolean success) throws IOException {}

    static <T> Sink<T> discard() {
      return records -> {};
    }
  }
}
