package io.credit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.config.PlatformConfig;
import io.credit.core.config.SafePaths;
import io.credit.core.db.Database;
import io.credit.core.db.DatabaseException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  @Test
  void embeddedDefaultIsCreatedAndMigratedOnFirstUse(@TempDir Path dir) {
    PlatformConfig config = PlatformConfig.defaults().withDataDir(dir);
    try (Database db = Database.open(config)) {
      int tables = db.jdbi().withHandle(h -> h.createQuery(
              "select count(*) from information_schema.tables where table_name = 'audit_log'")
          .mapTo(Integer.class).one());
      assertEquals(1, tables);
    }
    assertTrue(Files.exists(dir.resolve("db").resolve("credit.mv.db")));
    // a second open finds the schema current
    try (Database db = Database.open(config)) {
      assertEquals(0, (int) db.jdbi().withHandle(h -> h.createQuery("select count(*) from audit_log")
          .mapTo(Integer.class).one()));
    }
  }

  @Test
  void unreachableDatabaseFailsWithAClearMessage() {
    DatabaseException e = assertThrows(DatabaseException.class,
        () -> Database.open("jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2", "u", "secretpw"));
    assertTrue(e.getMessage().contains("cannot connect"), e.getMessage());
    assertTrue(!e.getMessage().contains("secretpw"));
  }

  @Test
  void safePathsRefuseTraversal(@TempDir Path dir) {
    assertEquals(dir.resolve("a/b").normalize(), SafePaths.within(dir, "a/b"));
    assertThrows(IllegalArgumentException.class, () -> SafePaths.within(dir, "../etc/passwd"));
    assertThrows(IllegalArgumentException.class, () -> SafePaths.within(dir, "/etc/passwd"));
  }
}
