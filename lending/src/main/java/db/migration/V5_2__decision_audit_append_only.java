package db.migration;

import io.credit.lending.internal.AppendOnlyTrigger;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes {@code decision_audit} append-only in the database itself: a trigger refuses every update
 * and delete (and, on PostgreSQL, truncate). Trigger syntax is vendor-specific, so this migration
 * checks the database product: PL/pgSQL on PostgreSQL, a Java trigger class on H2.
 */
public class V5_2__decision_audit_append_only extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    String product = connection.getMetaData().getDatabaseProductName();
    try (Statement st = connection.createStatement()) {
      if (product.toLowerCase().contains("postgres")) {
        st.execute("""
            create or replace function decision_audit_refuse_change() returns trigger
            language plpgsql as $$
            begin
              raise exception 'decision_audit is append-only: % refused', tg_op;
            end
            $$""");
        st.execute("create trigger decision_audit_append_only before update or delete on decision_audit "
            + "for each row execute function decision_audit_refuse_change()");
        st.execute("create trigger decision_audit_no_truncate before truncate on decision_audit "
            + "for each statement execute function decision_audit_refuse_change()");
      } else if (product.equalsIgnoreCase("H2")) {
        st.execute("create trigger decision_audit_append_only before update, delete on decision_audit "
            + "for each row call '" + AppendOnlyTrigger.class.getName() + "'");
      } else {
        throw new SQLException("decision_audit append-only trigger: unsupported database " + product
            + " (supported: H2, PostgreSQL)");
      }
    }
  }
}
