package io.credit.lending;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Writes chunks of a building snapshot on a few threads, with at most twice as many chunks in
 * flight as threads (bounded memory). The first failure is rethrown by {@link #submit} or {@link #finish}.
 */
final class ChunkWriters {
  private final ExecutorService pool;
  private final Semaphore inFlight;
  private final Consumer<List<Decision>> writer;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  ChunkWriters(int threads, Consumer<List<Decision>> writer) {
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "eligibility-writer");
      t.setDaemon(true);
      return t;
    });
    this.inFlight = new Semaphore(threads * 2);
    this.writer = writer;
  }

  void submit(List<Decision> chunk) {
    rethrow();
    if (chunk.isEmpty()) {
      return;
    }
    inFlight.acquireUninterruptibly();
    pool.execute(() -> {
      try {
        if (failure.get() == null) {
          writer.accept(chunk);
        }
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
      } finally {
        inFlight.release();
      }
    });
  }

  /** Waits for every chunk to be written. */
  void finish() {
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // keep waiting: a large snapshot takes a while
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the snapshot", e);
    }
    rethrow();
  }

  void abort() {
    pool.shutdownNow();
  }

  private void rethrow() {
    RuntimeException e = failure.get();
    if (e != null) {
      throw e;
    }
  }
}
