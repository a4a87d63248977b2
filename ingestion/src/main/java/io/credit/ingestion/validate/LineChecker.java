package io.credit.ingestion.validate;

import io.credit.ingestion.mapping.RecordLayout;
import io.credit.ingestion.read.SourceLine;
import java.time.LocalDate;
import java.util.List;

/** Checks one source line end to end: format, layout, then the file's rules. */
public final class LineChecker<T> {
  private final RecordLayout layout;
  private final RecordValidator<T> validator;
  private final RawMasker masker;
  private final List<String> columns;
  private final LocalDate runDate;

  public LineChecker(RecordLayout layout, RecordValidator<T> validator, RawMasker masker, List<String> columns,
      LocalDate runDate) {
    this.layout = layout;
    this.validator = validator;
    this.masker = masker;
    this.columns = columns;
    this.runDate = runDate;
  }

  public Checked<T> check(SourceLine line) {
    if (!line.isOk()) {
      return new Checked.Rejected<>(line.lineNumber(), line.error(), line.message(), masker.mask(line));
    }
    try {
      String[] canonical = layout.canonical(line);
      return new Checked.Valid<>(line.lineNumber(), validator.validate(new Fields(canonical, columns), runDate));
    } catch (Reject r) {
      String raw = r.rule() == RuleCode.ERASED_SUBJECT ? RawMasker.WITHHELD : masker.mask(line);
      return new Checked.Rejected<>(line.lineNumber(), r.rule(), r.getMessage(), raw);
    }
  }

  /** The same line recorded as a duplicate. */
  public Checked.Rejected<T> duplicate(SourceLine line, String message) {
    return new Checked.Rejected<>(line.lineNumber(), RuleCode.DUPLICATE, message, masker.mask(line));
  }
}
