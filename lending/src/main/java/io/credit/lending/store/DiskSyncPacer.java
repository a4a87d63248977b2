package io.credit.lending.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While a snapshot is written to an H2 file database, forces the written pages to disk at a steady
 * pace ({@code CHECKPOINT SYNC} every interval) instead of leaving them to the operating system.
 *
 * <p>Why: H2 never syncs on its own between checkpoints, so the kernel holds the new snapshot's pages
 * (gigabytes for a million customers) and writes them back in bursts every 30 s or so
 * ({@code vm.dirty_expire_centisecs}). On a host shared with the HTTP API, each burst took the CPU
 * from the API for a second or two and made its slowest answers. Syncing every second writes the same
 * bytes in small, even steps. PostgreSQL spreads its own writes (checkpoints), so there the pacer does
 * nothing; nor on an in-memory H2 database.
 *
 * <p>Closing it syncs once more, so the snapshot is on disk when its publish returns. A failing sync
 * is logged once and pacing stops; it never fails the publish.
 */
public final class DiskSyncPacer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiskSyncPacer.class);
  private static final DiskSyncPacer NONE = new DiskSyncPacer(null, null);

  private final ScheduledExecutorService timer;
  private final Handle handle;
  private final AtomicInteger syncs = new AtomicInteger();
  private final AtomicLong syncNanos = new AtomicLong();
  private volatile boolean failed;

  private DiskSyncPacer(ScheduledExecutorService timer, Handle handle) {
    this.timer = timer;
    this.handle = handle;
  }

  /**
   * Starts pacing on {@code jdbi}'s database when it is an H2 file database and {@code every} is
   * positive; otherwise returns a pacer that does nothing.
   */
  public static DiskSyncPacer start(Jdbi jdbi, Duration every) {
    if (every == null || every.isZero() || every.isNegative()) {
      return NONE;
    }
    Handle handle = jdbi.open();
    try {
      if (!isH2File(handle.getConnection().getMetaData().getURL())) {
        handle.close();
        return NONE;
      }
    } catch (SQLException | RuntimeException e) {
      handle.close();
      LOG.warn("cannot tell the database kind; writing without paced syncs: {}", e.getMessage());
      return NONE;
    }
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "eligibility-disk-sync");
      t.setDaemon(true);
      return t;
    });
    DiskSyncPacer pacer = new DiskSyncPacer(timer, handle);
    long ms = every.toMillis();
    timer.scheduleWithFixedDelay(pacer::sync, ms, ms, TimeUnit.MILLISECONDS);
    return pacer;
  }

  static boolean isH2File(String url) {
    String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
    return u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:mem:");
  }

  /** Syncs done so far (0 for a pacer that does nothing). */
  public int syncs() {
    return syncs.get();
  }

  private void sync() {
    long t0 = System.nanoTime();
    try (Statement s = handle.getConnection().createStatement()) {
      s.execute("checkpoint sync");
      syncs.incrementAndGet();
      syncNanos.addAndGet(System.nanoTime() - t0);
    } catch (SQLException | RuntimeException e) {
      failed = true;
      LOG.warn("paced disk sync failed; the rest of the snapshot is left to the operating system: {}",
          e.getMessage());
      timer.shutdown();
    }
  }

  @Override
  public void close() {
    if (timer == null) {
      return;
    }
    timer.shutdown();
    boolean idle = false;
    try {
      idle = timer.awaitTermination(1, TimeUnit.MINUTES);
      if (!idle) {
        LOG.warn("a paced disk sync is still running after a minute; closing its connection");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (idle && !failed) {
      sync(); // the last second's pages too: the snapshot is on disk when its publish returns
    }
    handle.close();
    if (syncs.get() > 0) {
      LOG.info("paced disk syncs while writing: {} ({} ms on average)", syncs.get(),
          syncNanos.get() / 1_000_000 / syncs.get());
    }
  }
}
