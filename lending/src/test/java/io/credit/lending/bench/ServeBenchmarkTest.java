package io.credit.lending.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credit.core.config.H2Urls;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serving benchmark end to end on a small population: the publisher and the load generator run as
 * their own processes, the server answers every request of both phases, and during the second publish
 * readers see snapshot 1, then snapshot 2, never a mix and never going back. No timing is asserted.
 */
class ServeBenchmarkTest {
  @TempDir
  Path dir;

  @Test
  void bothPhasesAnswerEveryRequestFromWholeSnapshots() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ServeBenchmark.Settings settings = new ServeBenchmark.Settings(300, 200, 2, 1, 4, 2, 2, false, false, false, 10, 100,
        dir.resolve("timeline"));
    java.nio.file.Files.createDirectories(dir.resolve("timeline"));
    List<ServeBenchmark.Phase> phases = new ServeBenchmark(H2Urls.fileDatabase(dir.resolve("bench")), null, null,
        settings, new PrintStream(log, true, StandardCharsets.UTF_8)).run();

    String printed = log.toString(StandardCharsets.UTF_8);
    assertEquals(List.of("publish alone (no load)", "load alone", "load during publish"),
        phases.stream().map(ServeBenchmark.Phase::name).toList(), printed);
    assertTrue(printed.contains("(nice 10)"), printed);
    ObjectMapper json = new ObjectMapper();
    for (ServeBenchmark.Phase phase : phases.subList(1, 3)) {
      JsonNode load = json.readTree(phase.loadJson());
      assertTrue(load.get("requests").asInt() > 0, phase.loadJson());
      assertEquals(0, load.get("errors").asInt(), phase.loadJson());
      assertEquals(0, load.get("torn_reads").asInt(), phase.loadJson());
      assertEquals(0, load.get("snapshot_went_back").asInt(), phase.loadJson());
    }
    assertEquals("[1]", json.readTree(phases.get(1).loadJson()).get("snapshots_seen").toString());
    assertEquals("[1,2]", json.readTree(phases.get(2).loadJson()).get("snapshots_seen").toString());
    assertTrue(phases.get(1).serverCpuMicrosPerRequest() > 0, "the server's CPU per request is measured");
    if (System.getProperty("os.name").startsWith("Linux")) {
      for (ServeBenchmark.Phase phase : phases.subList(1, 3)) {
        assertTrue(phase.hostStealPercent() >= 0 && phase.hostStealPercent() <= 100, phase.name());
      }
    }
    // each phase's per-second CSV: a header, then seconds whose answers add up to the phase's requests
    for (var f : List.of("load-alone.csv", "load-during-publish.csv")) {
      List<String> rows = java.nio.file.Files.readAllLines(dir.resolve("timeline").resolve(f));
      assertEquals("second,utc,answers,over_5ms,max_ms", rows.get(0), f);
      int answers = rows.stream().skip(1).mapToInt(r -> Integer.parseInt(r.split(",")[2])).sum();
      int phase = f.startsWith("load-alone") ? 1 : 2;
      assertEquals(json.readTree(phases.get(phase).loadJson()).get("requests").asInt(), answers, f);
    }
  }
}
