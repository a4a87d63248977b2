package io.credit.lending.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The load generator's own checks: request paths and whole-snapshot responses. */
class LoadGeneratorTest {
  static final JsonFactory JSON = new JsonFactory();

  static long check(String body, int products) {
    return LoadGenerator.snapshotIfWhole(JSON, body.getBytes(StandardCharsets.UTF_8), products);
  }

  static String decision(String product, Object score, String date) {
    return "{\"product\":\"" + product + "\",\"decision\":\"APPROVED\",\"credit_limit\":100.00,\"reasons\":[\"a\",\"b\"],"
        + "\"score\":" + score + ",\"band\":\"GOOD\",\"run_date\":\"" + date + "\"}";
  }

  @Test
  void pathsCarryEightDigitIds() {
    assertEquals("/v1/customers/C00000007/eligibility", LoadGenerator.path(7));
    assertEquals("/v1/customers/C12345678/eligibility", LoadGenerator.path(12_345_678));
  }

  @Test
  void aWholeSnapshotGivesItsIdAndAMixIsTorn() {
    String whole = "{\"customer_id\":\"C00000001\",\"snapshot_id\":42,\"decisions\":[" + decision("A", 700, "2026-01-01")
        + "," + decision("B", 700, "2026-01-01") + "]}";
    assertEquals(42, check(whole, 2));
    assertEquals(-2, check(whole, 3), "a product missing");
    String mixedScore = whole.replaceFirst("\"score\":700", "\"score\":701");
    assertEquals(-2, check(mixedScore, 2));
    String mixedDate = whole.replaceFirst("2026-01-01", "2026-01-02");
    assertEquals(-2, check(mixedDate, 2));
    String unscored = "{\"snapshot_id\":3,\"decisions\":[" + decision("A", null, "2026-01-01") + ","
        + decision("B", null, "2026-01-01") + "]}";
    assertEquals(3, check(unscored, 2));
    assertEquals(-1, check("{\"error\":\"not_found\"}", 2));
    assertEquals(-1, check("not json", 2));
  }
}
