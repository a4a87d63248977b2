package io.credit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs in the postgres profile: the same migrations apply to a real PostgreSQL server. */
@Tag("postgres")
class PostgresMigrationTest {
  @Test
  void migrationsApplyOnPostgres() {
    try (Database db = TestDatabases.configured()) {
      assertTrue(db.isPostgres(), "the postgres profile needs -Dtest.db.url=jdbc:postgresql://…");
      long inserted = db.jdbi().withHandle(h -> h.createUpdate(
              "insert into audit_log(at_time, actor, action, subject, details) values (current_timestamp, 'ci', 'TEST', 'x', 'y')")
          .execute());
      assertEquals(1, inserted);
    }
  }
}
