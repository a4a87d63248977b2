package io.credit.app.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.cli.ExitCodes;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.lock.RunLock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly lock against a real second process: while the lock is held, {@code ./credit nightly}
 * in a child JVM exits with code 4, names the holder and leaves the job repository untouched.
 * (A crashed holder's lease running out is in {@link NightlyCrashTest}.)
 */
class NightlyLockTest {
  @TempDir
  Path dir;

  @Test
  void aSecondRunExitsWithCode4AndNamesTheHolder() throws Exception {
    PlatformConfig config = PlatformConfig.defaults().withDataDir(dir.resolve("data")).withInboxDir(dir.resolve("inbox"));
    try (Database db = Database.open(config);
        RunLock held = RunLock.tryAcquire(db.jdbi(), "nightly", "ops-host:4242:first-run", Duration.ofMinutes(5),
            Clock.systemUTC()).orElseThrow()) {
      Cli.Run second = Cli.child(dir, 240, "nightly", "--date", LocalDate.of(2025, 2, 15).toString(),
          "--data-dir", config.dataDir().toString(), "--inbox", config.inboxDir().toString(), "--json");
      assertEquals(ExitCodes.LOCKED, second.exit(), second.toString());
      assertTrue(second.err().contains("another nightly run holds the lock on this database: ops-host:4242:first-run"),
          second.err());
      assertEquals("LOCKED", second.json().get("status").asText());
      assertEquals(4, second.json().get("exitCode").asInt());
      assertEquals(0, (int) db.jdbi().withHandle(h -> h.createQuery(
          "select count(*) from batch_job_instance where job_name = 'nightly'").mapTo(Integer.class).one()));
      assertEquals("ops-host:4242:first-run", RunLock.holder(db.jdbi(), "nightly").orElseThrow().owner(),
          "the loser leaves the holder's lock alone");
    }
  }
}
