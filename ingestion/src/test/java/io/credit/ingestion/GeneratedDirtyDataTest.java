package io.credit.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import io.credit.generator.Generator;
import io.credit.generator.GeneratorSettings;
import io.credit.ingestion.store.FileStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with the platform's generator: every dirty record listed in {@code dirty_manifest.csv}
 * is rejected (or counted as duplicate) with the manifest's rule at its line, nothing else is
 * rejected, and every file's accounting holds.
 */
class GeneratedDirtyDataTest {
  static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  static final LocalDate TO = LocalDate.of(2026, 1, 4);
  @TempDir Path tmp;

  @Test
  void everyInjectedDirtyRecordIsRejectedWithItsExpectedRule() throws Exception {
    Path inbox = tmp.resolve("inbox");
    new Generator(new GeneratorSettings(400, FROM, TO, 11, inbox, 0.03)).run(line -> { });
    PlatformConfig config = PlatformConfig.defaults().withDataDir(tmp.resolve("data")).withInboxDir(inbox);

    Set<String> expected = new TreeSet<>();
    List<String> manifest = Files.readAllLines(inbox.resolve(Generator.DIRTY_MANIFEST));
    for (String line : manifest.subList(1, manifest.size())) {
      String[] f = line.split(",");
      expected.add(f[0] + " " + f[1] + " " + f[2] + " " + f[4]);
    }
    assertTrue(expected.size() > 20, "the generator should have injected dirty records");

    try (Database db = TestDatabases.freshH2(); IngestRunner runner = new IngestRunner(config, db)) {
      for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
        IngestResult r = runner.ingest(IngestRequest.inbox(d, inbox).withMaxRejectRate(0.5));
        assertEquals(IngestResult.Outcome.COMPLETED, r.outcome(), r.message());
        for (FileStats s : r.files()) {
          assertEquals(s.read(), s.loaded() + s.rejected() + s.duplicate(), s.toString());
          if (!"ABSENT".equals(s.status())) {
            long lines = Files.readAllLines(inbox.resolve(d.toString()).resolve(s.fileName()),
                java.nio.charset.StandardCharsets.ISO_8859_1).size() - 1;
            assertEquals(lines, s.read(), "every data line is counted: " + s);
          }
        }
      }
      List<String> rejected = db.jdbi().withHandle(h -> h.createQuery(
              "select run_date, file_name, line_number, rule from ingest_rejects")
          .map((rs, ctx) -> rs.getObject(1, LocalDate.class) + " " + rs.getString(2) + " " + rs.getLong(3) + " "
              + rs.getString(4)).list());
      Set<String> actual = new TreeSet<>(rejected);
      Set<String> missing = new TreeSet<>(expected);
      missing.removeAll(actual);
      Set<String> unexpected = new TreeSet<>(actual);
      unexpected.removeAll(expected);
      assertEquals(Set.of(), missing, "manifest records not rejected with their rule");
      assertEquals(Set.of(), unexpected, "rejects the manifest does not list");
    }
  }
}
