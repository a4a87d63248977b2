package io.credit.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.config.PlatformConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose hosting process was killed is rebuilt from its committed state before it is
 * opened again; one whose holder is alive, or that was closed cleanly, is left alone.
 */
class H2CrashRecoveryTest {
  @TempDir Path dir;

  static String insert(String details) {
    return "insert into audit_log(at_time, actor, action, subject, details) values (current_timestamp, 'test', 'T', 's', '"
        + details + "')";
  }

  @Test
  void aDatabaseLeftOpenByAKilledProcessIsRebuiltWithItsCommittedRowsOnly() throws Exception {
    PlatformConfig config = PlatformConfig.defaults().withDataDir(dir);
    Process holder = startHolder();
    holder.destroyForcibly();
    assertTrue(holder.waitFor(1, TimeUnit.MINUTES));
    assertTrue(Files.exists(dir.resolve("db/credit.lock.db")), "a killed holder leaves H2's lock file");

    assertTrue(H2CrashRecovery.rebuildIfCrashed(config.effectiveDbUrl(), config.dbUser(), config.dbPassword()));
    assertFalse(Files.exists(dir.resolve("db/credit.lock.db")), "the dead holder's lock file is gone");
    try (Database db = Database.open(config)) {
      assertEquals(List.of("committed"), details(db));
      // the schema came back whole: migrations recorded (nothing re-run), append-only triggers in place
      assertTrue(db.jdbi().withHandle(h -> h.createQuery("select count(*) from \"flyway_schema_history\"")
          .mapTo(Integer.class).one()) > 0);
      assertThrows(RuntimeException.class, () -> db.jdbi().useHandle(h -> h.execute("delete from audit_log")));
      db.jdbi().useHandle(h -> h.execute(insert("after")));
      assertEquals(List.of("committed", "after"), details(db));
    }
    assertFalse(H2CrashRecovery.rebuildIfCrashed(config.effectiveDbUrl(), config.dbUser(), config.dbPassword()),
        "a cleanly closed database is not rebuilt");
  }

  @Test
  void aDatabaseHeldByALiveProcessIsNotTouched() throws Exception {
    PlatformConfig config = PlatformConfig.defaults().withDataDir(dir);
    Process holder = startHolder();
    try {
      assertFalse(H2CrashRecovery.rebuildIfCrashed(config.effectiveDbUrl(), config.dbUser(), config.dbPassword()));
      try (Database db = Database.open(config)) { // served by the holder through AUTO_SERVER
        assertEquals(List.of("committed"), details(db));
      }
      assertTrue(holder.isAlive());
    } finally {
      holder.destroyForcibly();
      holder.waitFor(1, TimeUnit.MINUTES);
    }
  }

  private Process startHolder() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), DatabaseHolder.class.getName(), dir.toString())
        .redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.equals("READY")) {
        return p;
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("holder ended before it was ready:\n" + seen);
  }

  private static List<String> details(Database db) {
    return db.jdbi().withHandle(h -> h.createQuery("select details from audit_log order by id").mapTo(String.class).list());
  }
}
