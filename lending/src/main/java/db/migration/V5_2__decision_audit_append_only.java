package db.migration;

import io.credit.core.db.AppendOnlyTables;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes {@code decision_audit} append-only in the database itself: a trigger refuses every update
 * and delete (and, on PostgreSQL, truncate).
 */
public class V5_2__decision_audit_append_only extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    AppendOnlyTables.install(context.getConnection(), "decision_audit");
  }
}
