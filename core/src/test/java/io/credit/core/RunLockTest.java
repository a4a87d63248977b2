package io.credit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.db.Database;
import io.credit.core.lock.RunLock;
import io.credit.core.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunLockTest {
  private static final Instant T0 = Instant.parse("2026-11-23T01:30:00Z");

  @Test
  void secondHolderIsRefusedUntilTheFirstReleases() {
    try (Database db = TestDatabases.configured()) {
      Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
      Optional<RunLock> first = RunLock.tryAcquire(db.jdbi(), "nightly-a", "one", Duration.ofMinutes(5), clock);
      assertTrue(first.isPresent());
      assertFalse(RunLock.tryAcquire(db.jdbi(), "nightly-a", "two", Duration.ofMinutes(5), clock).isPresent());
      assertEquals("one", RunLock.holder(db.jdbi(), "nightly-a").orElseThrow().owner());
      first.get().close();
      Optional<RunLock> second = RunLock.tryAcquire(db.jdbi(), "nightly-a", "two", Duration.ofMinutes(5), clock);
      assertTrue(second.isPresent());
      second.get().close();
    }
  }

  @Test
  void aCrashedHoldersLeaseExpiresAndTheNextRunTakesOver() {
    try (Database db = TestDatabases.configured()) {
      // 'crashed' never releases and never renews (its clock is frozen in the past)
      RunLock crashed = RunLock.tryAcquire(db.jdbi(), "nightly-b", "crashed", Duration.ofSeconds(30),
          Clock.fixed(T0, ZoneOffset.UTC)).orElseThrow();
      Clock later = Clock.fixed(T0.plusSeconds(29), ZoneOffset.UTC);
      assertFalse(RunLock.tryAcquire(db.jdbi(), "nightly-b", "next", Duration.ofSeconds(30), later).isPresent());
      Clock afterLease = Clock.fixed(T0.plusSeconds(31), ZoneOffset.UTC);
      RunLock next = RunLock.tryAcquire(db.jdbi(), "nightly-b", "next", Duration.ofSeconds(30), afterLease).orElseThrow();
      assertEquals("next", RunLock.holder(db.jdbi(), "nightly-b").orElseThrow().owner());
      crashed.close(); // releasing a lock it no longer holds changes nothing
      assertEquals("next", RunLock.holder(db.jdbi(), "nightly-b").orElseThrow().owner());
      next.close();
    }
  }
  @Test
  void aHolderThatDiedOnThisHostIsTakenOverBeforeItsLeaseEnds() throws Exception {
    try (Database db = TestDatabases.configured()) {
      Process dead = new ProcessBuilder("true").start();
      dead.waitFor();
      String host = java.net.InetAddress.getLocalHost().getHostName();
      Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
      RunLock killed = RunLock.tryAcquire(db.jdbi(), "nightly-c", host + ":" + dead.pid() + ":1", Duration.ofMinutes(5),
          clock).orElseThrow();
      RunLock next = RunLock.tryAcquire(db.jdbi(), "nightly-c", "next", Duration.ofMinutes(5), clock).orElseThrow();
      assertEquals("next", RunLock.holder(db.jdbi(), "nightly-c").orElseThrow().owner());
      next.close();
      killed.close();

      // a live holder on this host, or a holder on another host, keeps the lock until its lease ends
      String alive = host + ":" + ProcessHandle.current().pid() + ":2";
      RunLock live = RunLock.tryAcquire(db.jdbi(), "nightly-c", alive, Duration.ofMinutes(5), clock).orElseThrow();
      assertFalse(RunLock.tryAcquire(db.jdbi(), "nightly-c", "next", Duration.ofMinutes(5), clock).isPresent());
      live.close();
      RunLock remote = RunLock.tryAcquire(db.jdbi(), "nightly-c", "elsewhere:" + dead.pid() + ":3", Duration.ofMinutes(5),
          clock).orElseThrow();
      assertFalse(RunLock.tryAcquire(db.jdbi(), "nightly-c", "next", Duration.ofMinutes(5), clock).isPresent());
      remote.close();
    }
  }
}
