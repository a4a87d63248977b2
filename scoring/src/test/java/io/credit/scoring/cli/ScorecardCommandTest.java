package io.credit.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credit.core.cli.BadInputException;
import io.credit.core.testing.TestSpark;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./credit scorecard} on a messy CSV: missing tokens, outliers, a categorical, an id column, a text target. */
class ScorecardCommandTest {
  static Path messyCsv(Path dir) throws Exception {
    Random r = new Random(3);
    List<String> lines = new ArrayList<>();
    lines.add("loan id,Monthly Income,purpose,debt ratio,outcome");
    for (int i = 0; i < 1500; i++) {
      double income = Math.exp(8 + r.nextGaussian());
      String purpose = new String[] {"car", "house", "holiday", "education"}[r.nextInt(4)];
      double debt = r.nextDouble();
      double logit = -1.5 - 0.8 * (Math.log(income) - 8) + 1.5 * debt + (purpose.equals("holiday") ? 0.8 : 0);
      boolean bad = r.nextDouble() < 1 / (1 + Math.exp(-logit));
      String incomeText = r.nextDouble() < 0.05 ? (r.nextBoolean() ? "NA" : "") : String.format("%.2f", income);
      if (r.nextDouble() < 0.005) {
        incomeText = "99999999"; // outlier
      }
      String debtText = r.nextDouble() < 0.03 ? "NaN" : String.format("%.4f", debt);
      lines.add("L" + i + "," + incomeText + ",\"" + purpose + "\"," + debtText + "," + (bad ? "default" : "repaid"));
    }
    Path csv = dir.resolve("messy.csv");
    Files.write(csv, lines);
    return csv;
  }

  @Test
  void trainsOnAnyLabelledCsvAndWritesTheScorecard(@TempDir Path dir) throws Exception {
    TestSpark.session();
    Path csv = messyCsv(dir);
    Path out = dir.resolve("out");
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ScorecardCommand());
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("--train", csv.toString(), "--target", "outcome", "--bad-value", "default", "--cv", "3",
        "--out", out.toString(), "--data-dir", dir.toString(), "--json");
    assertEquals(0, code, err.toString());
    JsonNode m = new ObjectMapper().readTree(Files.readString(out.resolve("metrics.json")));
    assertTrue(m.get("auc").asDouble() > 0.65, m.toString());
    assertEquals(3, m.get("folds").size());
    assertTrue(m.get("iv").has("Monthly_Income"), "renamed to a safe column name: " + m);
    assertTrue(m.get("iv").has("purpose"), m.toString());
    assertTrue(Files.readString(out.resolve("scorecard.csv")).contains("missing"));
    assertTrue(Files.isDirectory(out.resolve("model")));
  }

  @Test
  void refusesAnAmbiguousTargetWithAClearMessage(@TempDir Path dir) throws Exception {
    TestSpark.session();
    Path csv = messyCsv(dir);
    ScorecardCommand command = new ScorecardCommand();
    new CommandLine(command).parseArgs("--train", csv.toString(), "--target", "outcome", "--data-dir", dir.toString());
    BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class, command::call);
    assertTrue(e.getMessage().contains("--bad-value"), e.getMessage());
  }
}
