package io.credit.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Makes a table append-only in the database itself: a trigger refuses every update and delete
 * (and, on PostgreSQL, truncate). Trigger syntax is vendor-specific: PL/pgSQL on PostgreSQL, a Java
 * trigger class ({@link AppendOnlyTrigger}) on H2. Used by Flyway Java migrations.
 */
public final class AppendOnlyTables {
  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,40}");

  private AppendOnlyTables() {}

  public static void install(Connection connection, String table) throws SQLException {
    if (!NAME.matcher(table).matches()) {
      throw new IllegalArgumentException("not a plain table name: " + table);
    }
    String product = connection.getMetaData().getDatabaseProductName();
    try (Statement st = connection.createStatement()) {
      if (product.toLowerCase().contains("postgres")) {
        st.execute("create or replace function " + table + "_refuse_change() returns trigger language plpgsql as $$\n"
            + "begin\n  raise exception '" + table + " is append-only: % refused', tg_op;\nend\n$$");
        st.execute("create trigger " + table + "_append_only before update or delete on " + table
            + " for each row execute function " + table + "_refuse_change()");
        st.execute("create trigger " + table + "_no_truncate before truncate on " + table
            + " for each statement execute function " + table + "_refuse_change()");
      } else if (product.equalsIgnoreCase("H2")) {
        st.execute("create trigger " + table + "_append_only before update, delete on " + table
            + " for each row call '" + AppendOnlyTrigger.class.getName() + "'");
      } else {
        throw new SQLException(table + " append-only trigger: unsupported database " + product
            + " (supported: H2, PostgreSQL)");
      }
    }
  }
}
