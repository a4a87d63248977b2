package io.credit.reports;

import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import io.credit.reports.bench.SyntheticPortfolio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** A database filled with a synthetic portfolio of a few thousand customers, and the site written from it. */
final class SiteFixture implements AutoCloseable {
  static final LocalDate DATE = LocalDate.of(2024, 3, 31);

  final Database db;
  final Path dataDir;
  final Path site;
  final ReportSummary summary;

  SiteFixture(Path tmp, int customers) {
    this.db = TestDatabases.configured();
    this.dataDir = tmp.resolve("data");
    new SyntheticPortfolio(customers, DATE, 3, 42).writeTo(db.jdbi(), dataDir);
    this.site = tmp.resolve("site");
    this.summary = new ReportService(db.jdbi(), dataDir).generate(DATE, site, ReportOptions.defaults());
  }

  static List<Path> files(Path root, String suffix) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    db.close();
  }
}
