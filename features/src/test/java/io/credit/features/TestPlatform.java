package io.credit.features;

import io.credit.core.config.H2Urls;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.features.bench.IngestionTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** A throw-away platform for one test: a temp data directory and a fresh in-memory H2 with the ingestion tables. */
final class TestPlatform implements AutoCloseable {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  final Path dir;
  final PlatformConfig config;
  final Database db;

  private TestPlatform(Path dir, PlatformConfig config, Database db) {
    this.dir = dir;
    this.config = config;
    this.db = db;
  }

  static TestPlatform create() {
    try {
      Path dir = Files.createTempDirectory("features-test");
      String url = H2Urls.inMemory("features" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid());
      Database db = Database.open(url, "sa", "");
      IngestionTables.createIfMissing(db.jdbi());
      PlatformConfig config = new PlatformConfig(dir, url, "sa", "", null, dir.resolve("inbox"));
      return new TestPlatform(dir, config, db);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void sql(String statement) {
    db.jdbi().useHandle(h -> h.execute(statement));
  }

  @Override
  public void close() {
    try {
      db.jdbi().useHandle(h -> h.execute("shutdown"));
    } catch (RuntimeException closedAlready) {
      // the in-memory database is gone, which is all we want
    }
    db.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
