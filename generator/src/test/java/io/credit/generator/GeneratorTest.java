package io.credit.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.generator.internal.Identities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

  private static GenerationSummary generate(Path out, int customers, LocalDate to, long seed, double dirt)
      throws IOException {
    return new Generator(new GeneratorSettings(customers, FROM, to, seed, out, dirt)).run(line -> { });
  }

  @Test
  void sameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
    LocalDate to = FROM.plusDays(20);
    generate(dir.resolve("a"), 300, to, 11, 0.02);
    generate(dir.resolve("b"), 300, to, 11, 0.02);
    generate(dir.resolve("c"), 300, to, 12, 0.02);
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir.resolve("a"))) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertEquals(2 + 21 * 4, files.size());
    boolean anyDifferent = false;
    for (Path f : files) {
      Path rel = dir.resolve("a").relativize(f);
      assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("b").resolve(rel)), rel.toString());
      anyDifferent |= !java.util.Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("c").resolve(rel)));
    }
    assertTrue(anyDifferent, "another seed must give other data");
  }

  @Test
  void cleanFilesFollowTheDocumentedFormats(@TempDir Path dir) throws IOException {
    LocalDate to = FROM.plusDays(74);
    GenerationSummary summary = generate(dir, 800, to, 3, 0);
    ContractChecker checker = new ContractChecker();
    for (LocalDate d = FROM; !d.isAfter(to); d = d.plusDays(1)) {
      checker.checkDay(dir.resolve(d.toString()), d);
    }
    assertEquals(List.of(), checker.violations.stream().limit(5).toList());
    assertEquals(summary.totalRows(), checker.cleanLines);
    assertTrue(summary.transactionRows() > 800 * 75 * 0.3, "about half a transaction a day per customer");
    assertTrue(summary.statementRows() > 500 && summary.paymentRows() > 300, summary.toString());
    // every transaction type, high-risk category and night-time activity appear
    String all = readAll(dir, "transactions.csv");
    for (String type : List.of("SALARY", "OTHER_INCOME", "PURCHASE", "CASH_WITHDRAWAL", "TRANSFER_OUT", "TRANSFER_IN",
        "BILL_PAYMENT", "LOAN_REPAYMENT", "REFUND", "GAMBLING", "T02:")) {
      assertTrue(all.contains(type), type);
    }
  }

  @Test
  void identityValuesFollowTheirPatterns(@TempDir Path dir) throws IOException {
    generate(dir, 500, FROM, 5, 0);
    List<String> lines = Files.readAllLines(dir.resolve(FROM.toString()).resolve("customers.csv"));
    assertTrue(lines.size() > 400);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      assertTrue(ContractChecker.NATIONAL_ID.matcher(f[2]).matches(), f[2]);
      assertEquals(Identities.checkCharacter(f[2].substring(0, 17)), f[2].charAt(17), "check character of " + f[2]);
      assertEquals(f[4].replace("-", ""), f[2].substring(6, 14), "birth date inside the national id");
      assertTrue(ContractChecker.PHONE.matcher(f[3]).matches(), f[3]);
    }
  }

  @Test
  void everyInjectedBadRecordIsInTheManifestAndBreaksTheNamedRule(@TempDir Path dir) throws IOException {
    LocalDate to = FROM.plusDays(40);
    GenerationSummary summary = generate(dir, 600, to, 9, 0.02);
    ContractChecker checker = new ContractChecker();
    for (LocalDate d = FROM; !d.isAfter(to); d = d.plusDays(1)) {
      checker.checkDay(dir.resolve(d.toString()), d);
    }
    Map<String, String> manifest = new HashMap<>();
    List<String> rows = Files.readAllLines(dir.resolve(Generator.DIRTY_MANIFEST));
    assertEquals("date,file,line,kind,expected_rule", rows.get(0));
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      manifest.put(f[0] + "/" + f[1] + ":" + f[2], f[4]);
    }
    Map<String, String> found = new HashMap<>();
    for (ContractChecker.Violation v : checker.violations) {
      found.put(v.date() + "/" + v.file() + ":" + v.line(), v.rule());
    }
    assertEquals(summary.dirtyRows(), manifest.size());
    assertEquals(manifest, found, "the checker finds exactly the manifest's bad records, each with its rule");
    Set<String> kinds = new HashSet<>(manifest.values());
    assertTrue(kinds.size() >= 12, "most kinds of dirt occur: " + kinds);
    assertTrue(summary.dirtyRows() > 0.01 * summary.totalRows() && summary.dirtyRows() < 0.03 * summary.totalRows());
  }

  @Test
  void oracleAucOfTheGroundTruthLiesInARealisticBand(@TempDir Path dir) throws IOException {
    LocalDate to = FROM.plusMonths(16);
    LocalDate asOf = FROM.plusMonths(3);
    generate(dir, 4000, to, 21, 0);
    Map<String, Double> pd = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve(Generator.GROUND_TRUTH)).subList(1, 4001)) {
      String[] f = line.split(",", -1);
      pd.put(f[0], Double.parseDouble(f[4]));
    }
    Map<String, Boolean> labels = LedgerLabels.of(dir, FROM, to, asOf, 90, asOf.plusMonths(12));
    List<double[]> scored = new ArrayList<>();
    labels.forEach((customer, bad) -> scored.add(new double[] {pd.get(customer), bad ? 1 : 0}));
    long bads = scored.stream().filter(r -> r[1] == 1).count();
    double badRate = (double) bads / scored.size();
    double auc = LedgerLabels.auc(scored);
    System.out.printf("oracle AUC %.4f, bad rate %.4f over %d customers with exposure%n", auc, badRate, scored.size());
    assertTrue(scored.size() > 2500, "customers with exposure: " + scored.size());
    assertTrue(badRate > 0.02 && badRate < 0.20, "bad rate " + badRate);
    assertTrue(auc > 0.75 && auc < 0.90, "oracle AUC " + auc);
  }

  @Test
  void settingsAreValidated() {
    Path out = Path.of("x");
    assertThrows(() -> new GeneratorSettings(0, FROM, FROM, 1, out, 0));
    assertThrows(() -> new GeneratorSettings(10, FROM, FROM.minusDays(1), 1, out, 0));
    assertThrows(() -> new GeneratorSettings(10, FROM, FROM, 1, out, 0.9));
  }

  private static void assertThrows(Runnable r) {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, r::run);
  }

  private static String readAll(Path dir, String file) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> days = Files.list(dir)) {
      for (Path d : days.filter(Files::isDirectory).toList()) {
        sb.append(Files.readString(d.resolve(file)));
      }
    }
    assertFalse(sb.isEmpty());
    return sb.toString();
  }
}
