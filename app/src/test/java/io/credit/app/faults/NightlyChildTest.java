package io.credit.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite's child JVM runs the real {@code nightly} command and the harness follows its steps: on an
 * empty data directory with no input files the ingest step starts, fails, and the command exits 3.
 */
class NightlyChildTest {
  @TempDir Path tmp;

  @Test
  void followsTheRealNightlyCommandInAChildJvm() throws Exception {
    Path data = tmp.resolve("data");
    Path inbox = Files.createDirectories(tmp.resolve("inbox"));
    try (NightlyChild child = NightlyChild.start(data, inbox, LocalDate.of(2025, 12, 31), tmp.resolve("child.log"))) {
      assertTrue(child.awaitStart("ingest", 300_000), "the ingest step starts: " + Files.readString(tmp.resolve("child.log")));
      assertEquals(3, child.await(300), Files.readString(tmp.resolve("child.log")));
      assertTrue(child.lastMessage().startsWith("error: "), child.lastMessage());
      assertTrue(child.stepMillis().containsKey("ingest"), "the ingest step's end line was seen: " + child.stepMillis());
      assertNull(child.runningStep());
    }
  }
}
