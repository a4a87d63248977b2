package io.credit.lending.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credit.core.cli.BadInputException;
import io.credit.core.cli.ExitCodes;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.lending.ContractTables;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands as a user runs them, including hostile option values. */
class LendingCommandsTest {
  static final LocalDate D = LocalDate.of(2026, 6, 30);
  @TempDir
  Path dir;
  String out;
  String err;

  @BeforeEach
  void data() {
    try (Database db = Database.open(PlatformConfig.defaults().withDataDir(dir))) {
      ContractTables.on(db.jdbi()).goodCustomer("C00000001").score("C00000001", D, 700, "SCORED", "a", "b")
          .goodCustomer("C00000002").score("C00000002", D, 600, "SCORED", "c");
    }
  }

  int run(Object command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("error: " + ex.getMessage());
      return ex instanceof BadInputException ? ExitCodes.BAD_INPUT : ExitCodes.FAILED;
    });
    java.io.StringWriter errors = new java.io.StringWriter();
    cli.setErr(new java.io.PrintWriter(errors, true));
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      return cli.execute(args);
    } finally {
      System.setOut(old);
      out = buf.toString(StandardCharsets.UTF_8);
      err = errors.toString();
    }
  }

  String dataDir() {
    return "--data-dir=" + dir;
  }

  long rows() {
    try (Database db = Database.open(PlatformConfig.defaults().withDataDir(dir))) {
      return db.jdbi().withHandle(h -> h.createQuery("select (select count(*) from eligibility) + "
          + "(select count(*) from decision_audit) + (select count(*) from scores)").mapTo(Long.class).one());
    }
  }

  @Test
  void eligibilityPublishesAndSummarisesAsJson() throws Exception {
    assertEquals(0, run(new EligibilityCommand(), dataDir(), "--date", "2026-06-30", "--json"));
    String[] lines = out.strip().split("\n");
    JsonNode summary = new ObjectMapper().readTree(lines[lines.length - 1]);
    assertEquals(2, summary.get("customers").asInt());
    assertEquals(12, summary.get("decisions").asInt());
    assertEquals(1, summary.get("counts").get("RENTAL_APARTMENT").get("APPROVED").asInt());
    assertTrue(out.contains("snapshot 1 published"), out);

    Path csv = dir.resolve("audit.csv");
    assertEquals(0, run(new AuditExportCommand(), dataDir(), "--from", "2026-06-30", "--out", csv.toString()));
    List<String> audit = Files.readAllLines(csv);
    assertEquals(13, audit.size());
    assertEquals(ExitCodes.BAD_INPUT, run(new AuditExportCommand(), dataDir(), "--from", "2026-06-30", "--out",
        csv.toString()), "never overwrites");
  }

  @Test
  void hostileOptionValuesAreCleanErrorsAndChangeNothing() {
    long before = rows();
    for (String date : List.of("2026-06-30'; drop table eligibility;--", "2026-13-01", "../../etc/passwd",
        "9".repeat(10_000), "")) {
      assertEquals(ExitCodes.BAD_INPUT, run(new EligibilityCommand(), dataDir(), "--date", date), date);
      assertEquals(ExitCodes.BAD_INPUT, run(new AuditExportCommand(), dataDir(), "--from", date, "--out", "-"), date);
    }
    assertEquals(ExitCodes.BAD_INPUT, run(new EligibilityCommand(), dataDir(), "--date", "2026-06-30",
        "--policy", "../../../../etc/passwd"));
    assertEquals(ExitCodes.BAD_INPUT, run(new EligibilityCommand(), dataDir(), "--date", "2026-06-30",
        "--policy", dir.resolve("nope.yaml").toString()));
    assertEquals(ExitCodes.BAD_INPUT, run(new EligibilityCommand(), dataDir(), "--date", "2026-07-01"),
        "no scores that day");
    assertEquals(ExitCodes.BAD_INPUT, run(new AuditExportCommand(), dataDir(), "--from", "2026-06-30",
        "--out", dir.resolve("no/such/dir/a.csv").toString()));
    assertEquals(ExitCodes.BAD_INPUT, run(new ApiKeyCommand(), "--name", "x'; drop table policies;--"));
    assertEquals(ExitCodes.BAD_INPUT, run(new ApiKeyCommand(), "--name", "ok", "--products", "../etc"));
    assertEquals(before, rows());
  }

  @Test
  void checkPolicyReportsProblemsWithoutTouchingTheDatabase() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "version: x\nsurprise: 1\n");
    assertEquals(ExitCodes.BAD_INPUT, run(new EligibilityCommand(), "--date", "2026-06-30", "--check-policy",
        "--policy", bad.toString()));
    assertEquals(0, run(new EligibilityCommand(), "--date", "2026-06-30", "--check-policy"));
    assertTrue(out.contains("policy default-2026.1 is valid"), out);
  }

  @Test
  void apiKeyPrintsAKeyAndOnlyItsHashForTheFile() {
    assertEquals(0, run(new ApiKeyCommand(), "--name", "rentals", "--products", "RENTAL_APARTMENT,RENTAL_CAR"));
    String key = out.lines().filter(l -> l.startsWith("API key")).findFirst().orElseThrow().replaceAll(".*: ", "");
    assertTrue(key.startsWith("ck_") && key.length() == 46, key);
    assertTrue(out.contains("sha256: " + io.credit.lending.api.ApiKeys.hash(key)), out);
    assertEquals(1, out.split(key, -1).length - 1, "the key is printed once");
  }

  @Test
  void serveBenchmarkRefusesAnInMemoryDatabaseWithItsReason() {
    assertEquals(ExitCodes.BAD_INPUT, run(new ServeBenchCommand(), dataDir(), "--db", "jdbc:h2:mem:bench",
        "--customers", "10", "--duration", "1"));
    assertTrue(err.contains("needs a database two processes can open"), err);
    assertFalse(Files.exists(dir.resolve("bench")), "nothing was prepared");
  }

  @Test
  void serveBenchmarkDeletesTheDatabaseItCreatedUnlessAskedToKeepIt() throws Exception {
    String[] small = {dataDir(), "--customers", "50", "--rate", "50", "--duration", "1", "--warmup", "0",
        "--connections", "2", "--threads", "1", "--writers", "1", "--load-alone-only", "--json"};
    assertEquals(0, run(new ServeBenchCommand(), small), () -> err + out);
    assertTrue(out.contains("deleted the benchmark database"), out);
    try (var left = Files.list(dir.resolve("bench"))) {
      assertEquals(0, left.count(), "nothing left under <data-dir>/bench");
    }
    String[] keep = java.util.Arrays.copyOf(small, small.length + 1);
    keep[small.length] = "--keep-db";
    assertEquals(0, run(new ServeBenchCommand(), keep), () -> err + out);
    assertTrue(out.contains("kept the benchmark database: rerun with --db"), out);
    try (var left = Files.list(dir.resolve("bench"))) {
      assertEquals(1, left.count(), "the kept database");
    }
  }
}
