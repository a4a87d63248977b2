package io.credit.ingestion.store;

import io.credit.ingestion.validate.Checked;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Table {@code ingest_rejects}: every rejected or duplicate line, with masked raw text. */
public final class RejectStore {
  private static final int MESSAGE_MAX = 500;
  private final JdbcTemplate jdbc;

  public RejectStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Removes what an earlier, interrupted attempt recorded for the file, before it is read again. */
  public void clear(LocalDate runDate, String fileName) {
    jdbc.update("delete from ingest_rejects where run_date = ? and file_name = ?", runDate, fileName);
  }

  public void insert(LocalDate runDate, String fileName, List<? extends Checked.Rejected<?>> rejects) {
    if (rejects.isEmpty()) {
      return;
    }
    jdbc.batchUpdate("insert into ingest_rejects (run_date, file_name, line_number, rule, message, raw_masked) "
            + "values (?, ?, ?, ?, ?, ?)",
        rejects.stream().map(r -> new Object[] {runDate, fileName, r.lineNumber(), r.rule().name(),
            r.message().length() <= MESSAGE_MAX ? r.message() : r.message().substring(0, MESSAGE_MAX),
            r.rawMasked()}).toList());
  }
}
