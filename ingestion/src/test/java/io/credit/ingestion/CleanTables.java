package io.credit.ingestion;

import io.credit.core.db.Database;
import java.util.List;

/**
 * Empties what ingestion owns (and Spring Batch's job repository), so tests sharing one configured
 * PostgreSQL database start from the same state as with a fresh H2.
 */
final class CleanTables {
  private CleanTables() {}

  static Database configured() {
    Database db = io.credit.core.testing.TestDatabases.configured();
    db.jdbi().useHandle(h -> {
      for (String table : List.of("batch_step_execution_context", "batch_job_execution_context",
          "batch_step_execution", "batch_job_execution_params", "batch_job_execution", "batch_job_instance",
          "ingest_rejects", "ingest_file_stats", "payments", "statements", "customer_history", "customers",
          "erased_subjects")) {
        h.execute("delete from " + table);
      }
    });
    return db;
  }
}
