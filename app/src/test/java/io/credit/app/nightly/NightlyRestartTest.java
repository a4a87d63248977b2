package io.credit.app.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.credit.core.cli.ExitCodes;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job on a real population (H2 file, local Spark, the real command): a failed step
 * restarts where it failed, a completed date is left alone unless forced, and every way of getting
 * to the end leaves the same tables as one uninterrupted run.
 *
 * <p>Tagged {@code faults} (profile {@code -Pfaults}) with the fault-injection suite: written on a
 * loaded machine, it has not yet been seen to run to the end, so it stays out of CI until it has.
 */
@Tag("faults")
class NightlyRestartTest {
  @TempDir
  Path dir;

  @Test
  void jsonLastLineCarriesEveryStepsCountsAndTimingsAndProgressIsPlainWithoutATerminal() {
    NightlyPopulation.Baseline baseline = NightlyPopulation.shared().baseline();
    JsonNode json = baseline.run().json();
    assertEquals("nightly", json.get("command").asText());
    assertEquals("COMPLETED", json.get("status").asText());
    assertEquals(0, json.get("exitCode").asInt());
    assertTrue(json.get("seconds").asDouble() > 0, json.toString());
    List<String> names = new ArrayList<>();
    for (JsonNode step : json.get("steps")) {
      names.add(step.get("step").asText());
      assertEquals("COMPLETED", step.get("status").asText(), step.toString());
      assertTrue(step.get("seconds").isNumber() && step.get("seconds").asDouble() >= 0, step.toString());
    }
    assertEquals(NightlyProgress.STEPS, names);
    JsonNode ingest = json.get("steps").get(0);
    assertTrue(ingest.get("ingest.read").asLong() > 0, ingest.toString());
    assertTrue(ingest.get("ingest.loaded").asLong() > 0, ingest.toString());
    assertTrue(ingest.has("ingest.rejected") && ingest.has("ingest.duplicates"), ingest.toString());
    long featureRows = json.get("steps").get(1).get("features.customers").asLong();
    assertTrue(featureRows > NightlyPopulation.CUSTOMERS / 2, json.toString());
    JsonNode score = json.get("steps").get(2);
    assertEquals(featureRows, score.get("score.rows").asLong(), "every customer with features is scored");
    assertEquals(featureRows, score.get("score.scored").asLong() + score.get("score.insufficient").asLong()
        + score.get("score.no_consent").asLong(), score.toString());
    assertTrue(score.get("score.scored").asLong() > 0, score.toString());
    JsonNode eligibility = json.get("steps").get(3);
    assertTrue(eligibility.get("eligibility.decisions").asLong() >= eligibility.get("eligibility.customers").asLong(),
        eligibility.toString());
    assertTrue(json.get("steps").get(4).get("report.pages").asLong() > 0);
    assertTrue(Files.exists(Path.of(json.get("report").asText())), json.toString());

    // stdout is no terminal here: one plain start and end line per step, no carriage returns
    String out = baseline.run().out();
    assertFalse(out.contains("\r"), "no terminal redraws in plain output");
    for (int i = 0; i < NightlyProgress.STEPS.size(); i++) {
      String label = "[" + (i + 1) + "/5] " + NightlyProgress.STEPS.get(i);
      assertTrue(out.contains(label + " …\n"), out);
      assertTrue(out.contains(label + " completed in "), out);
    }
  }

  @Test
  void completedDateIsNotRunAgainAndForceRunsItAgainWithTheSameTables() throws Exception {
    NightlyPopulation.Baseline baseline = NightlyPopulation.shared().baseline();
    PlatformConfig config = baseline.config();

    Cli.Run again = Cli.inProcess(NightlyPopulation.nightlyArgs(config, "--json"));
    assertEquals(0, again.exit(), again.toString());
    assertTrue(again.out().contains("already completed") && again.out().contains("nothing changed"), again.out());
    assertEquals("ALREADY_DONE", again.json().get("status").asText());
    assertFalse(again.out().contains("[1/5] ingest …"), "no step ran: " + again.out());
    try (Database db = Database.open(config)) {
      assertEquals(baseline.tables(), TableContents.of(db, config.dataDir()));
      assertEquals(List.of("ingest", "features", "score", "eligibility", "report"), stepsRun(db));
    }

    // --force runs the date again as a new run; when that run fails, the same --force command restarts it
    Files.move(config.reportsDir(), config.dataDir().resolve("reports.kept"));
    Files.writeString(config.reportsDir(), "not a folder");
    Cli.Run forcedFailed = Cli.inProcess(NightlyPopulation.nightlyArgs(config, "--force", "--json"));
    assertEquals(ExitCodes.FAILED, forcedFailed.exit(), forcedFailed.toString());
    assertTrue(forcedFailed.out().contains("[1/5] ingest …"), "a forced run starts at the first step");
    Files.delete(config.reportsDir());
    Files.move(config.dataDir().resolve("reports.kept"), config.reportsDir());

    Cli.Run forced = Cli.inProcess(NightlyPopulation.nightlyArgs(config, "--force", "--json"));
    assertEquals(0, forced.exit(), forced.toString());
    assertEquals("COMPLETED", forced.json().get("status").asText());
    assertFalse(forced.out().contains("[1/5] ingest …"), "the failed forced run is restarted: " + forced.out());
    try (Database db = Database.open(config)) {
      assertEquals(List.of("COMPLETED", "FAILED", "COMPLETED"), jobStatuses(db));
      assertEquals(2, (int) db.jdbi().withHandle(h -> h.createQuery("select count(*) from batch_job_instance "
          + "where job_name = 'nightly'").mapTo(Integer.class).one()), "one new run for --force, restarted once");
      assertEquals(List.of("ingest", "features", "score", "eligibility", "report",
          "ingest", "features", "score", "eligibility", "report", "report"), stepsRun(db));
      assertSameTables(baseline.tables(), TableContents.of(db, config.dataDir()));
    }
  }

  @Test
  void aFailedStepLeavesAFailedRunAndTheSameCommandRestartsAtThatStep() throws Exception {
    NightlyPopulation population = NightlyPopulation.shared();
    NightlyPopulation.Baseline baseline = population.baseline();
    PlatformConfig config = population.copy(dir);
    // a real fault: the reports folder is a file, so the report step cannot write the site
    Files.writeString(config.reportsDir(), "not a folder");

    Cli.Run failed = Cli.inProcess(NightlyPopulation.nightlyArgs(config, "--json"));
    assertEquals(ExitCodes.FAILED, failed.exit(), failed.toString());
    assertTrue(failed.err().contains("step report failed"), failed.err());
    assertTrue(failed.err().contains("run the same command again: it restarts at report"), failed.err());
    assertEquals("FAILED", failed.json().get("status").asText());
    try (Database db = Database.open(config)) {
      assertEquals(List.of("FAILED"), jobStatuses(db));
      assertEquals(List.of("ingest:COMPLETED", "features:COMPLETED", "score:COMPLETED", "eligibility:COMPLETED",
          "report:FAILED"), stepStatuses(db));
    }

    Files.delete(config.reportsDir());
    Cli.Run restarted = Cli.inProcess(NightlyPopulation.nightlyArgs(config, "--json"));
    assertEquals(0, restarted.exit(), restarted.toString());
    assertTrue(restarted.out().contains(": restarting"), "a restart says so: " + restarted.out());
    assertFalse(restarted.out().contains("[1/5] ingest …"), "earlier steps are not run again: " + restarted.out());
    try (Database db = Database.open(config)) {
      assertEquals(List.of("FAILED", "COMPLETED"), jobStatuses(db));
      assertEquals(List.of("ingest:COMPLETED", "features:COMPLETED", "score:COMPLETED", "eligibility:COMPLETED",
          "report:FAILED", "report:COMPLETED"), stepStatuses(db));
      assertSameTables(baseline.tables(), TableContents.of(db, config.dataDir()));
    }
    assertTrue(Files.exists(config.reportsDir().resolve(NightlyPopulation.DATE.toString()).resolve("index.html")));
  }

  static void assertSameTables(Map<String, List<String>> expected, Map<String, List<String>> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    for (String table : expected.keySet()) {
      List<String> e = expected.get(table);
      List<String> a = actual.get(table);
      if (!e.equals(a)) {
        List<String> missing = new ArrayList<>(e);
        missing.removeAll(a);
        List<String> extra = new ArrayList<>(a);
        extra.removeAll(e);
        throw new AssertionError(table + ": " + e.size() + " rows expected, " + a.size() + " found; missing "
            + missing.stream().limit(3).toList() + ", extra " + extra.stream().limit(3).toList());
      }
    }
  }

  /** Status of every nightly execution, oldest first. */
  static List<String> jobStatuses(Database db) {
    return db.jdbi().withHandle(h -> h.createQuery("select e.status from batch_job_execution e "
        + "join batch_job_instance i on i.job_instance_id = e.job_instance_id where i.job_name = 'nightly' "
        + "order by e.job_execution_id").mapTo(String.class).list());
  }

  /** {@code step:status} of every step execution of the nightly job, in the order they ran. */
  static List<String> stepStatuses(Database db) {
    return db.jdbi().withHandle(h -> h.createQuery("select s.step_name || ':' || s.status from batch_step_execution s "
        + "join batch_job_execution e on e.job_execution_id = s.job_execution_id "
        + "join batch_job_instance i on i.job_instance_id = e.job_instance_id where i.job_name = 'nightly' "
        + "order by s.step_execution_id").mapTo(String.class).list());
  }

  static List<String> stepsRun(Database db) {
    return stepStatuses(db).stream().map(s -> s.substring(0, s.indexOf(':'))).toList();
  }
}
