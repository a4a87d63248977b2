package io.credit.ingestion.store;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Table {@code ingest_file_stats}: one row per business date and file. */
public final class FileStatsStore {
  private final JdbcTemplate jdbc;

  public FileStatsStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void save(FileStats s) {
    jdbc.update("delete from ingest_file_stats where run_date = ? and file_name = ?", s.runDate(), s.fileName());
    jdbc.update("insert into ingest_file_stats (run_date, file_name, rows_read, rows_loaded, rows_rejected, "
            + "rows_duplicate, status, started_at, finished_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s.runDate(), s.fileName(), s.read(), s.loaded(), s.rejected(), s.duplicate(), s.status(),
        s.startedAt() == null ? null : Timestamp.valueOf(s.startedAt()),
        s.finishedAt() == null ? null : Timestamp.valueOf(s.finishedAt()));
  }

  public Optional<FileStats> find(LocalDate runDate, String fileName) {
    return forDate(runDate).stream().filter(s -> s.fileName().equals(fileName)).findFirst();
  }

  public List<FileStats> forDate(LocalDate runDate) {
    return jdbc.query("select * from ingest_file_stats where run_date = ? order by file_name",
        (rs, i) -> new FileStats(rs.getObject("run_date", LocalDate.class), rs.getString("file_name"),
            rs.getLong("rows_read"), rs.getLong("rows_loaded"), rs.getLong("rows_rejected"),
            rs.getLong("rows_duplicate"), rs.getString("status"),
            rs.getTimestamp("started_at") == null ? null : rs.getTimestamp("started_at").toLocalDateTime(),
            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toLocalDateTime()),
        runDate);
  }
}
