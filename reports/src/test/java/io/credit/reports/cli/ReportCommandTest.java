package io.credit.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.cli.BadInputException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./credit report}: default output folder under the data directory, JSON summary, bad dates refused. */
class ReportCommandTest {
  @Test
  void writesTheSiteUnderTheDataDirectoryAndEndsWithJson(@TempDir Path tmp) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      code = new CommandLine(new ReportCommand()).execute("--date", "2024-03-31", "--data-dir", tmp.toString(),
          "--db", "jdbc:h2:mem:reportcmd;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "--json");
    } finally {
      System.setOut(old);
    }
    assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
    assertTrue(Files.isRegularFile(tmp.resolve("reports/2024-03-31/index.html")));
    String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
    assertTrue(lines[lines.length - 1].startsWith("{\"date\":\"2024-03-31\""), lines[lines.length - 1]);
  }

  @Test
  void aBadDateIsBadInput() {
    BadInputException e = assertThrows(BadInputException.class, () -> ReportCommand.parseDate("31/03/2024"));
    assertTrue(e.getMessage().contains("2024-03-31"));
  }
}
