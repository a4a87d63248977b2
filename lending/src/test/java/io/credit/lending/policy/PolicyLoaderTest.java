package io.credit.lending.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.cli.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {
  private static String defaultYaml() throws IOException {
    try (InputStream in = PolicyLoader.class.getClassLoader().getResourceAsStream(PolicyLoader.DEFAULT_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String invalid(String yaml) {
    return assertThrows(BadInputException.class,
        () -> PolicyLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), "test.yaml", false)).getMessage();
  }

  @Test
  void shippedDefaultIsValidAndHashed() throws IOException {
    LoadedPolicy p = PolicyLoader.loadDefault();
    assertEquals("default-2026.1", p.version());
    assertEquals(3, p.policy().creditLine().bands().size());
    assertEquals(650, p.policy().rental().get(0).minScore());
    assertEquals(PolicyLoader.sha256(defaultYaml().getBytes(StandardCharsets.UTF_8)), p.sha256());
    assertEquals(64, p.sha256().length());
  }

  @Test
  void unknownKeyIsNamedWithItsPlace() throws IOException {
    String msg = invalid(defaultYaml().replace("  floor: 500", "  floor: 500\n  flor: 400"));
    assertTrue(msg.contains("unknown key 'flor' at credit_line"), msg);
    assertTrue(msg.contains("known keys there:") && msg.contains("floor"), msg);
  }

  @Test
  void overlappingBandsAreRefused() throws IOException {
    String msg = invalid(defaultYaml().replace("min_score: 650, max_score: 699", "min_score: 650, max_score: 705"));
    assertTrue(msg.contains("Very good (650–705) overlaps Excellent (700–950)"), msg);
  }

  @Test
  void gappedBandsAreRefused() throws IOException {
    String msg = invalid(defaultYaml().replace("min_score: 650, max_score: 699", "min_score: 650, max_score: 689"));
    assertTrue(msg.contains("gap between Very good (ends at 689) and Excellent (starts at 700): scores 690–699"), msg);
  }

  @Test
  void topBandMustReach950() throws IOException {
    String msg = invalid(defaultYaml().replace("min_score: 700, max_score: 950", "min_score: 700, max_score: 900"));
    assertTrue(msg.contains("must end at max_score 950"), msg);
  }

  @Test
  void negativeAmountsAreRefusedAndAllProblemsListed() throws IOException {
    String msg = invalid(defaultYaml().replace("overall_cap: 50000", "overall_cap: -1")
        .replace("max_deposit_waived: 5000", "max_deposit_waived: -5000")
        .replace("min_age: 18", "min_age: 16"));
    assertTrue(msg.contains("credit_line.overall_cap: must not be negative (got -1)"), msg);
    assertTrue(msg.contains("rental[1].max_deposit_waived: must not be negative (got -5000)"), msg);
    assertTrue(msg.contains("gates.min_age: required, 18–120 (got 16)"), msg);
  }

  @Test
  void otherMistakesAreExplained() throws IOException {
    assertTrue(invalid(defaultYaml().replace("category: CAR,", "category: APARTMENT,"))
        .contains("rental[1].category: APARTMENT appears twice"));
    assertTrue(invalid(defaultYaml().replace("min_score: 550, max_deposit_waived: 300", "min_score: 1000, "
        + "max_deposit_waived: 300")).contains("rental[2].min_score: 1000 is outside the score scale"));
    assertTrue(invalid(defaultYaml().replace("version: \"default-2026.1\"", "version: \"../x\""))
        .contains("version: required"));
    String notNumber = invalid(defaultYaml().replace("floor: 500", "floor: lots"));
    assertTrue(notNumber.contains("credit_line.floor"), notNumber);
    assertTrue(invalid("").contains("empty"));
  }

  @Test
  void jsonPoliciesAndMissingFiles(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("p.json");
    Files.writeString(json, """
        {"version": "json-1", "currency": "CNY", "gates": {"min_age": 21, "delinquency_grace_days": 3},
         "credit_line": {"bands": [{"name": "All", "min_score": 350, "max_score": 950, "inflow_multiple": 1,
           "band_cap": 1000}], "overall_cap": 1000, "floor": 0, "rounding": 10,
           "early_warning": {"band_drop_factor": 1, "freeze_on_delinquency": false}},
         "rental": []}""");
    LoadedPolicy p = PolicyLoader.load(json);
    assertEquals("json-1", p.version());
    assertEquals(21, p.policy().gates().minAge());
    String msg = assertThrows(BadInputException.class, () -> PolicyLoader.load(dir.resolve("nope.yaml"))).getMessage();
    assertTrue(msg.contains("policy file not found"), msg);
  }
}
