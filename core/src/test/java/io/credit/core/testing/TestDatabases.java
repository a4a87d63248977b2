package io.credit.core.testing;

import io.credit.core.config.H2Urls;
import io.credit.core.db.Database;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Databases for tests: a fresh in-memory H2 per call, or, when the system property
 * {@code test.db.url} is set (the {@code postgres} profile), the PostgreSQL server it names, with
 * {@code test.db.user} and {@code test.db.password}.
 */
public final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private TestDatabases() {}

  /** A fresh, migrated H2 in-memory database. */
  public static Database freshH2() {
    return Database.open(H2Urls.inMemory("test" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid()),
        "sa", "");
  }

  /** The PostgreSQL test database if configured, else a fresh H2. */
  public static Database configured() {
    String url = System.getProperty("test.db.url");
    if (url == null || url.isBlank()) {
      return freshH2();
    }
    return Database.open(url, System.getProperty("test.db.user"), System.getProperty("test.db.password"));
  }
}
