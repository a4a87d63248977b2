package io.credit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class AuditLogAppendOnlyTest {
  @Test
  void auditLogRefusesUpdatesAndDeletesOnH2() {
    try (Database db = TestDatabases.freshH2()) {
      assertAppendOnly(db);
    }
  }

  @Test
  @Tag("postgres")
  void auditLogRefusesUpdatesAndDeletesOnPostgres() {
    try (Database db = TestDatabases.configured()) {
      assertTrue(db.isPostgres());
      assertAppendOnly(db);
    }
  }

  private static void assertAppendOnly(Database db) {
    db.jdbi().useHandle(h -> h.execute(
        "insert into audit_log(at_time, actor, action, subject, details) values (current_timestamp, 'test', 'T', 's1', 'd')"));
    long before = count(db);
    UnableToExecuteStatementException update = assertThrows(UnableToExecuteStatementException.class,
        () -> db.jdbi().useHandle(h -> h.execute("update audit_log set actor = 'mallory'")));
    assertTrue(update.getMessage().contains("append-only"), update.getMessage());
    assertThrows(UnableToExecuteStatementException.class,
        () -> db.jdbi().useHandle(h -> h.execute("delete from audit_log")));
    assertEquals(before, count(db));
  }

  private static long count(Database db) {
    return db.jdbi().withHandle(h -> h.createQuery("select count(*) from audit_log").mapTo(Long.class).one());
  }
}
