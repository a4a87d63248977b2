package io.credit.app.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.cli.ExitCodes;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.lock.RunLock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away in the middle of a nightly run (CI's postgres profile): the run reaches
 * PostgreSQL through a {@link CuttableProxy}, which is cut while the features step runs. The run
 * must end by itself with exit code 5 (database unavailable) and an error line saying so, not hang; a run started while the database is still away must say it cannot connect; once the
 * database is back, the same command restarts the interrupted run and ends with the tables of an
 * uninterrupted run of the same population (prepared in a second schema).
 */
@Tag("postgres")
class DatabaseOutageOnPostgresTest {
  @TempDir
  Path dir;

  @Test
  void aDatabaseThatGoesAwayFailsTheRunCleanlyAndTheRestartAfterItIsBackCompletesIt() throws Exception {
    String server = NightlyOnPostgresTest.server();
    String user = System.getProperty("test.db.user");
    String password = System.getProperty("test.db.password");
    Path inbox = dir.resolve("inbox");

    PlatformConfig clean = new PlatformConfig(dir.resolve("clean"), NightlyOnPostgresTest.freshSchema(server,
        "outage_clean"), user, password, null, inbox);
    Map<String, List<String>> expected;
    try (Database db = Database.open(clean)) {
      NightlyPopulation.prepare(clean, db);
      Cli.Run run = Cli.inProcess(args(clean, clean.dbUrl()));
      assertEquals(0, run.exit(), run.toString());
      expected = TableContents.of(db, clean.dataDir());
    }

    PlatformConfig direct = new PlatformConfig(dir.resolve("outage"), NightlyOnPostgresTest.freshSchema(server,
        "outage_test"), user, password, null, inbox);
    // the same pseudonymisation key, or the device hashes of the two populations differ
    Path key = Path.of("secret", "pseudonym.key");
    Files.createDirectories(direct.dataDir().resolve(key).getParent());
    Files.copy(clean.dataDir().resolve(key), direct.dataDir().resolve(key));
    URI address = URI.create(server.substring("jdbc:".length()));
    try (Database db = Database.open(direct);
        CuttableProxy proxy = CuttableProxy.to(address.getHost(), address.getPort() < 0 ? 5432 : address.getPort())) {
      NightlyPopulation.prepare(direct, db);
      String proxied = direct.dbUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
      String[] args = args(direct, proxied);

      Process first = Cli.start(dir.resolve("first.out"), dir.resolve("first.err"), args);
      try {
        NightlyCrashTest.awaitStepStarted(db, first, "features");
        Thread.sleep(3_000);
        proxy.cut();
        assertTrue(first.waitFor(5, TimeUnit.MINUTES), "the run did not end within 5 minutes of losing its database");
      } finally {
        first.destroyForcibly().waitFor();
      }
      String err = Files.readString(dir.resolve("first.err"));
      assertEquals(ExitCodes.DB_UNAVAILABLE, first.exitValue(), err);
      assertTrue(err.lines().anyMatch(l -> l.startsWith("error: the database became unavailable during step ")),
          "an error line says why:\n" + err);
      assertFalse(NightlyRestartTest.stepStatuses(db).contains("report:COMPLETED"));

      Cli.Run whileAway = Cli.child(dir, 240, args);
      assertEquals(ExitCodes.DB_UNAVAILABLE, whileAway.exit(), whileAway.toString());
      assertTrue(whileAway.err().contains("error: cannot connect to"), whileAway.toString());

      proxy.restore();
      Cli.Run restarted = Cli.child(dir, 540, args);
      assertEquals(0, restarted.exit(), restarted.toString());
      assertEquals("COMPLETED", restarted.json().get("status").asText(), restarted.toString());
      assertTrue(restarted.out().contains(": restarting"), "a restart says so: " + restarted.out());
      List<String> steps = NightlyRestartTest.stepStatuses(db);
      assertEquals(List.of("score:COMPLETED", "eligibility:COMPLETED", "report:COMPLETED"),
          steps.subList(steps.size() - 3, steps.size()), steps.toString());
      assertFalse(RunLock.holder(db.jdbi(), "nightly").isPresent(), "the run releases its lock");
      NightlyRestartTest.assertSameTables(withoutArtifactFolders(expected),
          withoutArtifactFolders(TableContents.of(db, direct.dataDir())));
    }
  }

  /** The two populations trained their champions separately: same model, folders named by the training time. */
  private static Map<String, List<String>> withoutArtifactFolders(Map<String, List<String>> tables) {
    Map<String, List<String>> out = new java.util.TreeMap<>(tables);
    out.computeIfPresent("models", (t, rows) -> rows.stream()
        .map(r -> r.replaceAll("artifact_path=<data>/models/([^/|]+)/[^/|]+/", "artifact_path=<data>/models/$1/…/"))
        .toList());
    return out;
  }

  private static String[] args(PlatformConfig config, String url) {
    return NightlyPopulation.nightlyArgs(config, Stream.of("--db", url, "--db-user", config.dbUser(),
        "--db-password", config.dbPassword(), "--lock-lease", "6", "--json").toArray(String[]::new));
  }
}
