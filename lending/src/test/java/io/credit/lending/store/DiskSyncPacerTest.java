package io.credit.lending.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.config.H2Urls;
import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paced disk syncs: on H2 files only, at the asked pace, stopped and cleaned up on close. */
class DiskSyncPacerTest {
  @TempDir
  Path dir;

  @Test
  void syncsAnH2FileAtThePaceAskedAndStopsOnClose() throws Exception {
    try (Database db = Database.open(H2Urls.fileDatabase(dir.resolve("paced")), null, null)) {
      DiskSyncPacer pacer = DiskSyncPacer.start(db.jdbi(), Duration.ofMillis(10));
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (pacer.syncs() < 3 && System.nanoTime() < deadline) {
        db.jdbi().useHandle(h -> h.execute("insert into audit_log (at_time, actor, action, subject, details) "
            + "values (current_timestamp, 'test', 'PACER_TEST', 'x', 'y')"));
        Thread.sleep(5);
      }
      pacer.close();
      assertTrue(pacer.syncs() >= 3, "syncs: " + pacer.syncs());
      int after = pacer.syncs();
      Thread.sleep(100);
      assertEquals(after, pacer.syncs(), "no sync after close");
      assertFalse(syncThreadAlive(), "the pacer's thread ends with it");
    }
  }

  @Test
  void closingSyncsOnceMoreSoThePublishEndsOnDisk() {
    try (Database db = Database.open(H2Urls.fileDatabase(dir.resolve("last")), null, null)) {
      DiskSyncPacer pacer = DiskSyncPacer.start(db.jdbi(), Duration.ofHours(1));
      assertEquals(0, pacer.syncs());
      pacer.close();
      assertEquals(1, pacer.syncs());
    }
  }

  @Test
  void doesNothingInMemoryOrWhenSwitchedOff() throws Exception {
    try (Database db = TestDatabases.freshH2(); DiskSyncPacer inMemory = DiskSyncPacer.start(db.jdbi(), Duration.ofMillis(5));
        DiskSyncPacer off = DiskSyncPacer.start(db.jdbi(), Duration.ZERO)) {
      Thread.sleep(50);
      assertEquals(0, inMemory.syncs());
      assertEquals(0, off.syncs());
      assertFalse(syncThreadAlive());
    }
  }

  @Test
  void tellsH2FilesFromOtherDatabases() {
    assertTrue(DiskSyncPacer.isH2File("jdbc:h2:file:/data/db/credit;AUTO_SERVER=TRUE"));
    assertTrue(DiskSyncPacer.isH2File("jdbc:h2:/data/db/credit"));
    assertFalse(DiskSyncPacer.isH2File("jdbc:h2:mem:test1"));
    assertFalse(DiskSyncPacer.isH2File("jdbc:postgresql://db:5432/credit"));
    assertFalse(DiskSyncPacer.isH2File(null));
  }

  private static boolean syncThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("eligibility-disk-sync") && t.isAlive());
  }
}
