package io.credit.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2 trigger that refuses any update or delete on the table it is attached to (append-only). */
public class AppendOnlyTrigger implements Trigger {
  private String table = "table";

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
      int type) {
    this.table = tableName.toLowerCase();
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    String op = newRow == null ? "DELETE" : "UPDATE";
    throw new SQLException(table + " is append-only: " + op + " refused", "42501");
  }
}
