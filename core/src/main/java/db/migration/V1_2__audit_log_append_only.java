package db.migration;

import io.credit.core.db.AppendOnlyTables;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The platform's audit trail ({@code audit_log}) refuses updates and deletes in the database itself. */
public class V1_2__audit_log_append_only extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    AppendOnlyTables.install(context.getConnection(), "audit_log");
  }
}
