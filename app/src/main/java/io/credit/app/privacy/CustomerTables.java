package io.credit.app.privacy;

import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Finds every table of the platform's schema that holds per-customer rows (a {@code customer_id}
 * column), so that export and erasure cover tables added by later modules without a list to keep.
 */
final class CustomerTables {
  /** Append-only audit tables keep the pseudonymous id (an erasure adds a tombstone instead). */
  static final Set<String> KEPT = Set.of("decision_audit", "erased_subjects");

  private CustomerTables() {}

  static List<String> all(Handle h) {
    return h.createQuery("select distinct lower(c.table_name) from information_schema.columns c "
            + "join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema "
            + "where lower(c.column_name) = 'customer_id' and t.table_type in ('BASE TABLE', 'TABLE') "
            + "and lower(c.table_schema) = lower(current_schema()) order by 1")
        .mapTo(String.class).list();
  }

  static boolean plainName(String table) {
    return table.matches("[a-z_][a-z0-9_]*");
  }
}
