package io.credit.app.nightly;

import io.credit.core.db.Database;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The contents of every platform table, comparable across runs: timestamps and generated ids left
 * out, the data folder written as {@code <data>}, rows as a sorted set (history tables such as the
 * decision audit repeat identical rows on a rerun by design), eligibility as its current snapshot
 * (what lending products read). The job repository and the lock are the runs' bookkeeping, not
 * their result, and are left out.
 */
final class TableContents {
  private static final Set<String> GENERATED_IDS = Set.of("id", "snapshot_id", "audit_id");
  private static final Set<Integer> TIME_TYPES = Set.of(Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIME,
      Types.TIME_WITH_TIMEZONE);

  private TableContents() {}

  static Map<String, List<String>> of(Database db, Path dataDir) {
    String data = dataDir.toString();
    Map<String, List<String>> out = new TreeMap<>();
    db.jdbi().useHandle(h -> {
      List<String> tables = h.createQuery("select lower(table_name) from information_schema.tables "
              + "where lower(table_schema) = lower(current_schema()) and table_type in ('BASE TABLE', 'TABLE')")
          .mapTo(String.class).list();
      for (String table : tables) {
        if (table.startsWith("batch_") || table.equals("run_lock") || table.startsWith("flyway_")) {
          continue;
        }
        String sql = table.equals("eligibility")
            ? "select * from eligibility where snapshot_id = (select snapshot_id from eligibility_current)"
            : "select * from " + table;
        TreeSet<String> rows = new TreeSet<>();
        h.createQuery(sql).map((rs, ctx) -> {
          ResultSetMetaData md = rs.getMetaData();
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            String column = md.getColumnLabel(i).toLowerCase();
            if (GENERATED_IDS.contains(column) || TIME_TYPES.contains(md.getColumnType(i))) {
              continue;
            }
            Object v = rs.getObject(i);
            row.append(column).append('=').append(v == null ? "null" : v.toString().replace(data, "<data>")).append('|');
          }
          return row.toString();
        }).forEach(rows::add);
        out.put(table, new ArrayList<>(rows));
      }
    });
    return out;
  }
}
