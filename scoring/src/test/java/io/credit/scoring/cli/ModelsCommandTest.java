package io.credit.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.scoring.registry.ModelRef;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.registry.ModelStage;
import io.credit.scoring.registry.NewModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ModelsCommandTest {
  @Test
  void listPromoteRefuseOverrideAndRetireFromTheCommandLine(@TempDir Path dir) {
    PlatformConfig config = PlatformConfig.defaults().withDataDir(dir);
    try (Database db = Database.open(config)) {
      ModelRegistry r = new ModelRegistry(db.jdbi());
      for (int i = 0; i < 2; i++) {
        r.register(new NewModel("card", "scorecard", null, LocalDate.of(2026, 1, 31), "2026-01-31", "1", "{}", "{}",
            "{}", "h", dir.resolve("m").toString()));
      }
    }
    String d = "--data-dir=" + dir;
    assertEquals(0, run("models", "promote", "card:1", d));
    assertEquals(3, run("models", "promote", "card:2", d), "no backtest: refused");
    String out = capture(() -> run("models", "promote", "card:2", "--override", "urgent fix", "--actor", "ops", d));
    assertTrue(out.contains("card:2 is now the champion"), out);
    String list = capture(() -> run("models", "list", d, "--json"));
    assertTrue(list.contains("\"model\":\"card:2\"") && list.contains("champion"), list);
    assertEquals(0, run("models", "retire", "card:2", d));
    assertEquals(3, run("models", "show", "card:9", d));
    try (Database db = Database.open(config)) {
      assertEquals(ModelStage.RETIRED, new ModelRegistry(db.jdbi()).require(new ModelRef("card", 2)).stage());
      assertEquals(1, (int) db.jdbi().withHandle(h -> h.createQuery(
          "select count(*) from audit_log where action = 'MODEL_PROMOTED_OVERRIDE' and actor = 'ops'")
          .mapTo(Integer.class).one()));
    }
  }

  /** Runs like CreditCli: bad input exits 3. */
  static int run(String... args) {
    CommandLine cli = new CommandLine(new Root());
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> ex instanceof io.credit.core.cli.BadInputException ? 3 : 1);
    return cli.execute(args);
  }

  static String capture(Runnable r) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true));
    try {
      r.run();
    } finally {
      System.setOut(old);
    }
    return buf.toString();
  }

  @CommandLine.Command(name = "credit", subcommands = {ModelsCommand.class})
  static class Root implements Runnable {
    @Override
    public void run() {}
  }
}
