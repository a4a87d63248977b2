package io.credit.lending.api;

import io.credit.lending.store.EligibilityDao;
import io.credit.lending.store.SnapshotInfo;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current snapshot in memory ({@link ServedSnapshot}), following the {@code eligibility_current}
 * pointer: every {@code refresh} interval it reads the pointer and, when it moved, loads the new
 * snapshot beside the old one, then swaps them in one reference write. A request takes one snapshot
 * object for its whole answer, so it never sees two snapshots, and readers keep the previous complete
 * snapshot while the next one loads (for 1,000,000 customers, seconds after the switch).
 *
 * <p>When a snapshot cannot be held (too little heap, or a load failure), the cache empties and the
 * server answers from the database, which is always current. Each refresh tries again: once the
 * collector has reclaimed the previous snapshot, there may be room for the new one.
 */
final class SnapshotCache implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotCache.class);

  private final Jdbi jdbi;
  private final AtomicReference<ServedSnapshot> served = new AtomicReference<>();
  private final ScheduledExecutorService refresher;
  private final LongSupplier freeHeap;
  private volatile long skipped = -1;

  SnapshotCache(Jdbi jdbi) {
    this(jdbi, SnapshotCache::freeHeapBytes);
  }

  /** @param freeHeap bytes of heap still free (tests pass their own) */
  SnapshotCache(Jdbi jdbi, LongSupplier freeHeap) {
    this.jdbi = jdbi;
    this.freeHeap = freeHeap;
    this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "eligibility-snapshot-refresh");
      t.setDaemon(true);
      return t;
    });
  }

  /** Loads the current snapshot now, then follows the pointer every {@code every}. */
  void start(Duration every) {
    refresh();
    refresher.scheduleWithFixedDelay(this::refresh, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The snapshot in memory, if any. */
  Optional<ServedSnapshot> current() {
    return Optional.ofNullable(served.get());
  }

  /** Reads the pointer and loads the snapshot it names when that is not the one in memory. */
  void refresh() {
    try {
      Optional<SnapshotInfo> pointer = jdbi.withExtension(EligibilityDao.class, EligibilityDao::currentSnapshot);
      ServedSnapshot now = served.get();
      if (pointer.isEmpty() || (now != null && now.snapshotId() == pointer.get().snapshotId())) {
        return;
      }
      SnapshotInfo next = pointer.get();
      long needed = ServedSnapshot.estimatedBytes(next.decisions(), next.customers());
      long free = freeHeap.getAsLong();
      if (needed * 2 > free) {
        served.set(null);
        if (skipped == next.snapshotId()) {
          return; // said once; tried again at each refresh
        }
        skipped = next.snapshotId();
        LOG.warn("snapshot {} ({} decisions) needs about {} MB of heap to be served from memory, {} MB are free: "
            + "answering from the database (a larger -Xmx serves it from memory)", next.snapshotId(),
            next.decisions(), needed >> 20, free >> 20);
        return;
      }
      long t0 = System.nanoTime();
      ServedSnapshot loaded = jdbi.withHandle(h -> ServedSnapshot.load(h, next.snapshotId(), next.decisions()));
      served.set(loaded);
      skipped = -1;
      LOG.info("serving snapshot {} from memory: {} customers, {} decisions, loaded in {} ms", loaded.snapshotId(),
          loaded.customers(), loaded.decisions(), (System.nanoTime() - t0) / 1_000_000);
    } catch (RuntimeException e) {
      served.set(null);
      LOG.warn("could not load the current snapshot into memory ({}); answering from the database until the next "
          + "refresh", e.getMessage());
    }
  }

  private static long freeHeapBytes() {
    Runtime rt = Runtime.getRuntime();
    return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    served.set(null);
  }
}
