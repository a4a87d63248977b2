package io.credit.app.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole nightly job against a real PostgreSQL server (CI's postgres profile:
 * {@code -Dtest.db.url/user/password}): the population is prepared in a schema of its own, dropped
 * and re-created first, then {@code ./credit nightly --db …} runs every step, and a second run of the
 * completed date changes nothing.
 */
@Tag("postgres")
class NightlyOnPostgresTest {
  static final String SCHEMA = "nightly_test";

  @TempDir
  Path dir;

  @Test
  void theNightlyJobRunsEveryStepOnPostgres() throws Exception {
    String url = freshSchema(server(), SCHEMA);
    String user = System.getProperty("test.db.user");
    String password = System.getProperty("test.db.password");
    PlatformConfig config = new PlatformConfig(dir.resolve("data"), url, user, password, null, dir.resolve("inbox"));
    try (Database db = Database.open(config)) {
      assertTrue(db.isPostgres());
      NightlyPopulation.prepare(config, db);
    }
    String[] args = NightlyPopulation.nightlyArgs(config, "--db", url, "--db-user", user, "--db-password", password,
        "--json");

    Cli.Run run = Cli.inProcess(args);
    assertEquals(0, run.exit(), run.toString());
    JsonNode json = run.json();
    assertEquals("COMPLETED", json.get("status").asText(), json.toString());
    try (Database db = Database.open(config)) {
      assertEquals(List.of("ingest:COMPLETED", "features:COMPLETED", "score:COMPLETED", "eligibility:COMPLETED",
          "report:COMPLETED"), NightlyRestartTest.stepStatuses(db));
      long scored = db.jdbi().withHandle(h -> h.createQuery("select count(*) from scores where score_date = :d")
          .bind("d", NightlyPopulation.DATE).mapTo(Long.class).one());
      assertEquals(json.get("steps").get(1).get("features.customers").asLong(), scored);
      long current = db.jdbi().withHandle(h -> h.createQuery("select count(*) from eligibility "
          + "where snapshot_id = (select snapshot_id from eligibility_current) and run_date = :d")
          .bind("d", NightlyPopulation.DATE).mapTo(Long.class).one());
      assertEquals(json.get("steps").get(3).get("eligibility.decisions").asLong(), current);
      assertTrue(Files.exists(Path.of(json.get("report").asText())));

      var before = TableContents.of(db, config.dataDir());
      Cli.Run again = Cli.inProcess(args);
      assertEquals(0, again.exit(), again.toString());
      assertEquals("ALREADY_DONE", again.json().get("status").asText());
      assertEquals(before, TableContents.of(db, config.dataDir()));
    }
  }

  /** The PostgreSQL server of the postgres profile ({@code -Dtest.db.url}). */
  static String server() {
    String server = System.getProperty("test.db.url");
    assertTrue(server != null && server.startsWith("jdbc:postgresql:"), "the postgres profile needs -Dtest.db.url");
    return server;
  }

  /** Drops and re-creates {@code schema} on {@code server}; returns the URL of a database in it. */
  static String freshSchema(String server, String schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(server, System.getProperty("test.db.user"),
        System.getProperty("test.db.password")); Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
      s.execute("create schema " + schema);
    }
    return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
