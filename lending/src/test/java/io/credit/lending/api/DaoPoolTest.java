package io.credit.lending.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API's database handles: reused, bounded, dropped after a failure, all closed with the pool. */
class DaoPoolTest {
  private Database db;
  private Jdbi jdbi;
  private final AtomicInteger open = new AtomicInteger();

  @BeforeEach
  void start() {
    db = TestDatabases.freshH2();
    jdbi = db.jdbi();
    jdbi.getConfig(Handles.class).addListener(new HandleListener() {
      @Override
      public void handleCreated(Handle handle) {
        open.incrementAndGet();
      }

      @Override
      public void handleClosed(Handle handle) {
        open.decrementAndGet();
      }
    });
  }

  @AfterEach
  void stop() {
    db.close();
  }

  @Test
  void oneHandleServesSequentialCallsAndAFailedCallDropsIt() {
    DaoPool pool = new DaoPool(jdbi, 2);
    for (int i = 0; i < 3; i++) {
      assertTrue(pool.withDao(dao -> dao.currentSnapshot()).isEmpty());
    }
    assertEquals(1, open.get(), "reused, not reopened");
    assertThrows(IllegalStateException.class, () -> pool.withDao(dao -> {
      throw new IllegalStateException("the connection broke");
    }));
    assertEquals(0, open.get(), "the failed call's handle is closed, not returned");
    assertTrue(pool.withDao(dao -> dao.currentSnapshot()).isEmpty());
    assertEquals(1, open.get());
    pool.close();
    assertEquals(0, open.get());
    pool.withDao(dao -> dao.currentSnapshot());
    assertEquals(0, open.get(), "after close a call still works but keeps nothing open");
  }

  @Test
  void concurrentCallsOpenMoreButOnlyCapacityStayIdle() throws Exception {
    DaoPool pool = new DaoPool(jdbi, 2);
    CountDownLatch inside = new CountDownLatch(4);
    CountDownLatch release = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread t = new Thread(() -> pool.withDao(dao -> {
        inside.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return dao.currentSnapshot();
      }));
      threads.add(t);
      t.start();
    }
    assertTrue(inside.await(10, TimeUnit.SECONDS));
    assertEquals(4, open.get(), "one handle per call in flight");
    release.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(2, open.get(), "only the pool's capacity stays open");
    pool.close();
    assertEquals(0, open.get());
  }
}
