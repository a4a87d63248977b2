package io.credit.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kills a real child JVM running the ingest job with SIGKILL at several points (inside a file's
 * validation, inside a publish, inside the transactions file), runs the same ingest again in a new
 * process, as an operator rerunning the command would, and compares every table and the lake with an
 * uninterrupted run.
 */
@Tag("slow")
class KillAndRestartTest {
  static final LocalDate D = LocalDate.of(2025, 4, 2);
  static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

  /** A restart takes 10-40 s; far longer means it hangs, and the test says where instead of waiting forever. */
  static final long RESTART_LIMIT_MINUTES = 5;

  @TempDir Path tmp;

  @ParameterizedTest(name = "kill -9 during {0} after {1} lines")
  @CsvSource({
      "customers-validate, 5000",
      "customers-publish, 10000",
      "transactions-validate, 20000",
      "transactions-validate, 150000"})
  void restartAfterKillGivesTheTablesOfACleanRun(String step, long afterLines) throws Exception {
    Path inbox = tmp.resolve("inbox");
    new SampleInbox().write(inbox, D, 20_000, 200_000, true);

    String clean = run(tmp.resolve("clean"), inbox, null, 0);
    String restarted = run(tmp.resolve("killed"), inbox, step, afterLines);

    assertEquals(clean, restarted);
  }

  private String run(Path dataDir, Path inbox, String killStep, long killAfter) throws Exception {
    Files.createDirectories(dataDir.resolve("secret"));
    Files.writeString(dataDir.resolve("secret/pseudonym.key"), KEY + "\n");
    PlatformConfig config = PlatformConfig.defaults().withDataDir(dataDir).withInboxDir(inbox);
    if (killStep != null) {
      Process child = childIngest(dataDir, inbox).redirectErrorStream(true).start();
      boolean killed = waitForStepAndKill(child, killStep, killAfter);
      assertTrue(killed, "child finished before reaching " + killStep + " (see child log)");
      assertTrue(child.waitFor(1, TimeUnit.MINUTES), "killed child did not exit");
      assertEquals(137, child.exitValue(), "child should die by SIGKILL");
      Path log = dataDir.resolve("restart.log");
      Process restart = childIngest(dataDir, inbox).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!restart.waitFor(RESTART_LIMIT_MINUTES, TimeUnit.MINUTES)) {
        String threads = threadDump(restart.pid());
        restart.destroyForcibly();
        fail("restart did not finish in " + RESTART_LIMIT_MINUTES + " minutes; its threads:\n" + threads
            + "\nits log:\n" + Files.readString(log));
      }
      assertEquals(0, restart.exitValue(), "restart failed: " + Files.readString(log));
      assertTrue(Files.readString(log).contains("child finished: COMPLETED"), "restart did not complete: "
          + Files.readString(log));
      try (Database db = Database.open(config)) {
        return TableSnapshot.of(db.jdbi(), config.lakeDir());
      }
    }
    try (Database db = Database.open(config); IngestRunner runner = new IngestRunner(config, db)) {
      IngestResult result = runner.ingest(IngestRequest.inbox(D, inbox).withMaxRejectRate(0.5));
      assertEquals(IngestResult.Outcome.COMPLETED, result.outcome(), result.message());
      return TableSnapshot.of(db.jdbi(), config.lakeDir());
    }
  }

  /** The child's threads ({@code jcmd Thread.print}), to show where a restart that never ends is waiting. */
  private static String threadDump(long pid) {
    try {
      Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
          Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
      String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      jcmd.waitFor(1, TimeUnit.MINUTES);
      return out;
    } catch (Exception e) {
      return "(no thread dump: " + e + ")";
    }
  }

  private static ProcessBuilder childIngest(Path dataDir, Path inbox) {
    return new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", System.getProperty("java.class.path"), ChildIngest.class.getName(),
        dataDir.toString(), inbox.toString(), D.toString()));
  }

  /** Follows the child's progress lines until the step has committed {@code afterLines} lines, then SIGKILL. */
  private static boolean waitForStepAndKill(Process child, String step, long afterLines) throws Exception {
    // a child that hangs before the step would block the read below forever: end it, the read then ends
    CompletableFuture.delayedExecutor(RESTART_LIMIT_MINUTES, TimeUnit.MINUTES).execute(child::destroyForcibly);
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        String[] p = line.split(" ");
        if (p.length == 4 && p[0].equals("PROGRESS") && p[1].equals(step) && Long.parseLong(p[2]) >= afterLines
            && !p[3].equals("COMPLETED")) {
          child.destroyForcibly();
          return true;
        }
      }
    }
    return false;
  }
}
