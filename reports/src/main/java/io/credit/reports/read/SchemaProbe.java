package io.credit.reports.read;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Tells which of the tables the reports read exist yet, so a page whose source module has not run
 * (or is not installed) says so instead of failing.
 */
public final class SchemaProbe {
  private final Jdbi jdbi;
  private final Map<String, Boolean> known = new ConcurrentHashMap<>();

  public SchemaProbe(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Whether every named table exists (in any schema on the search path, any letter case). */
  public boolean has(String... tables) {
    for (String t : tables) {
      if (!known.computeIfAbsent(t.toLowerCase(Locale.ROOT), this::exists)) {
        return false;
      }
    }
    return true;
  }

  private boolean exists(String table) {
    return jdbi.withHandle(h -> {
      try {
        DatabaseMetaData meta = h.getConnection().getMetaData();
        return exists(meta, table) || exists(meta, table.toUpperCase(Locale.ROOT));
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read the database's table list", e);
      }
    });
  }

  private static boolean exists(DatabaseMetaData meta, String name) throws SQLException {
    try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE", "BASE TABLE"})) {
      return rs.next();
    }
  }
}
