package io.credit.lending.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import io.credit.lending.ApplicantFacts;
import io.credit.lending.EligibilityService;
import io.credit.lending.InflowSource;
import io.credit.lending.policy.PolicyLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API over real HTTP: auth, allow-list, errors, hostile input. */
class EligibilityServerTest {
  static final String FULL_KEY = ApiKeys.newKey();
  static final String RENTAL_KEY = ApiKeys.newKey();
  static final ObjectMapper JSON = new ObjectMapper();
  static Database db;
  static EligibilityServer server;
  static HttpClient http;

  @BeforeAll
  static void start() throws IOException {
    db = TestDatabases.freshH2();
    new EligibilityService(db.jdbi(), InflowSource.none(), Clock.systemUTC())
        .publish(LocalDate.of(2026, 6, 30), PolicyLoader.loadDefault(), "test", sink -> {
          sink.accept(new ApplicantFacts("C00000001", 660, "SCORED", List.of("Short tenure", "Few repayments"),
              "scorecard", "4", true, LocalDate.of(1990, 1, 1), true, true, false, false, null,
              new BigDecimal("3000")));
          sink.accept(new ApplicantFacts("C00000002", 640, "SCORED", List.of("Late repayments", "Irregular income",
              "High utilisation"), "scorecard", "4", true, LocalDate.of(1990, 1, 1), true, true, false, false, null,
              new BigDecimal("3000")));
        });
    ApiKeys keys = ApiKeys.of(List.of(ApiKeys.hash(FULL_KEY), ApiKeys.hash(RENTAL_KEY)),
        List.of(new ApiClient("all", Set.of("*")), new ApiClient("rentals", Set.of("RENTAL_APARTMENT", "RENTAL_CAR"))));
    server = EligibilityServer.start(new InetSocketAddress("127.0.0.1", 0), db.jdbi(), keys, 4);
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    server.close();
    db.close();
  }

  static HttpResponse<String> get(String path, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET();
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode body(HttpResponse<String> r) throws IOException {
    assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
    return JSON.readTree(r.body());
  }

  /** Sends a request line byte for byte (no client-side normalisation) and returns status + body. */
  static String raw(String requestTarget) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + FULL_KEY
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void returnsEveryProductWithAllowListedFieldsOnly() throws Exception {
    HttpResponse<String> r = get("/v1/customers/C00000001/eligibility", FULL_KEY);
    assertEquals(200, r.statusCode());
    JsonNode b = body(r);
    assertEquals("C00000001", b.get("customer_id").asText());
    assertEquals(6, b.get("decisions").size());
    List<String> top = new ArrayList<>();
    b.fieldNames().forEachRemaining(top::add);
    assertEquals(List.of("customer_id", "snapshot_id", "decisions"), top);
    JsonNode line = b.get("decisions").get(0);
    List<String> fields = new ArrayList<>();
    line.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("product", "decision", "credit_limit", "deposit_waived", "reasons", "score", "band",
        "model_version", "policy_version", "run_date"), fields);
    assertEquals("CREDIT_LINE", line.get("product").asText());
    assertEquals(6000, line.get("credit_limit").asInt()); // 2 × 3000
    assertEquals("2026-06-30", line.get("run_date").asText());
    assertFalse(r.body().contains("inputs") || r.body().contains("birth") || r.body().contains("age="), r.body());
  }

  @Test
  void oneProductCaseInsensitive() throws Exception {
    JsonNode b = body(get("/v1/customers/C00000002/eligibility/rental-apartment", FULL_KEY));
    JsonNode d = b.get("decisions").get(0);
    assertEquals("DECLINED", d.get("decision").asText());
    assertTrue(d.get("reasons").get(0).asText().contains("below 650"));
    assertEquals(4, d.get("reasons").size());
  }

  @Test
  void missingOrWrongKeyIs401() throws Exception {
    HttpResponse<String> none = get("/v1/customers/C00000001/eligibility", null);
    assertEquals(401, none.statusCode());
    assertEquals("unauthorized", body(none).get("error").asText());
    assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
    assertEquals(401, get("/v1/customers/C00000001/eligibility", "ck_wrong").statusCode());
    assertEquals(401, get("/v1/customers/C00000001/eligibility", FULL_KEY + "x").statusCode());
    assertEquals(401, get("/v1/customers/C00000001/eligibility", "x".repeat(5000)).statusCode());
    assertEquals(401, get("/v1/customers/C99999999/eligibility", null).statusCode(), "no key: nothing revealed");
  }

  @Test
  void keyLimitedToProducts() throws Exception {
    assertEquals(403, get("/v1/customers/C00000001/eligibility/CREDIT_LINE", RENTAL_KEY).statusCode());
    assertEquals("forbidden", body(get("/v1/customers/C00000001/eligibility/CREDIT_LINE", RENTAL_KEY))
        .get("error").asText());
    assertEquals(200, get("/v1/customers/C00000001/eligibility/RENTAL_CAR", RENTAL_KEY).statusCode());
    JsonNode all = body(get("/v1/customers/C00000001/eligibility", RENTAL_KEY));
    List<String> products = new ArrayList<>();
    all.get("decisions").forEach(d -> products.add(d.get("product").asText()));
    assertEquals(List.of("RENTAL_APARTMENT", "RENTAL_CAR"), products);
  }

  @Test
  void unknownCustomerOrProductIs404() throws Exception {
    HttpResponse<String> r = get("/v1/customers/C99999999/eligibility", FULL_KEY);
    assertEquals(404, r.statusCode());
    assertEquals("customer_not_found", body(r).get("error").asText());
    assertEquals(404, get("/v1/customers/C99999999/eligibility/CREDIT_LINE", FULL_KEY).statusCode());
    assertEquals(404, get("/v1/customers/C00000001/eligibility/RENTAL_YACHT", FULL_KEY).statusCode());
    assertEquals(404, get("/v2/anything", FULL_KEY).statusCode());
    assertEquals("not_found", body(get("/", null)).get("error").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"X00000001", "C1234567", "C123456789", "c00000001", "C0000000%31",
      "C00000001'%20OR%20'1'='1", "C00000001;DROP%20TABLE%20eligibility", "%27%3B--", "%2e%2e", "..%2F..%2Fetc",
      "C00000001%00"})
  void malformedCustomerIdIs400(String id) throws Exception {
    // an encoded NUL, an encoded separator or a dot segment is refused by Jetty's URI rules before the
    // route is known: the same 400, as "bad_request"
    boolean refusedByJetty = id.contains("%00") || id.contains("%2F") || id.contains("%2e");
    for (String path : List.of("/v1/customers/" + id + "/eligibility", "/v1/customers/" + id + "/eligibility/CREDIT_LINE")) {
      HttpResponse<String> r = get(path, FULL_KEY);
      assertEquals(400, r.statusCode(), path);
      assertEquals(refusedByJetty ? "bad_request" : "bad_customer_id", body(r).get("error").asText(), path);
      assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow(), path);
    }
  }

  @Test
  void hostileProductsOverlongIdsAndTraversalGetCleanErrors() throws Exception {
    long rowsBefore = count("eligibility") + count("decision_audit");
    assertEquals(400, get("/v1/customers/C00000001/eligibility/CREDIT_LINE'%20OR%201=1--", FULL_KEY).statusCode());
    assertEquals(400, get("/v1/customers/C00000001/eligibility/..%2F..%2Fetc%2Fpasswd", FULL_KEY).statusCode());
    assertEquals(400, get("/v1/customers/C00000001/eligibility/" + "A".repeat(40), FULL_KEY).statusCode());
    assertEquals(400, get("/v1/customers/" + "C".repeat(300) + "/eligibility", FULL_KEY).statusCode());
    HttpResponse<String> overlong = get("/v1/customers/" + "9".repeat(5000) + "/eligibility", FULL_KEY);
    assertEquals(400, overlong.statusCode());
    for (String target : List.of("/v1/customers/../../etc/passwd", "/../../../etc/passwd",
        "/v1/customers/C00000001/eligibility/../../../../etc/passwd", "/openapi.json/../../etc/passwd",
        "/v1/customers/C00000001/eligibility/%2e%2e%2f%2e%2e%2fetc%2fpasswd")) {
      String response = raw(target);
      String status = response.substring(9, 12);
      assertTrue(status.startsWith("4"), target + " → " + response);
      assertFalse(response.contains("root:"), response);
      assertFalse(response.contains("Exception") || response.contains("\tat "), response);
    }
    assertEquals(rowsBefore, count("eligibility") + count("decision_audit"), "nothing changed");
  }

  @Test
  void hostileInputOnHealthAndOpenApiGetsTheDocumentOrACleanError() throws Exception {
    long rowsBefore = count("eligibility") + count("decision_audit") + count("audit_log");
    // query strings are not read by these endpoints: the same document, whatever they hold
    for (String query : List.of("?id=C00000001'%20OR%20'1'='1", "?file=..%2F..%2Fetc%2Fpasswd", "?x=%00",
        "?q=" + "A".repeat(3000))) {
      assertEquals("UP", body(get("/health" + query, null)).get("status").asText(), query);
      assertEquals("3.0.3", body(get("/openapi.json" + query, null)).get("openapi").asText(), query);
    }
    for (String path : List.of("/health'%20OR%201=1--", "/health;DROP%20TABLE%20eligibility", "/HEALTH",
        "/openapi.yaml")) {
      HttpResponse<String> r = get(path, null);
      assertEquals(404, r.statusCode(), path);
      assertEquals("not_found", body(r).get("error").asText(), path);
    }
    // an encoded NUL or separator: Jetty's URI rules refuse it before the routes
    for (String path : List.of("/health%00", "/openapi.json%00.txt", "/openapi.json%2f..%2f..%2fetc%2fpasswd")) {
      HttpResponse<String> r = get(path, null);
      assertEquals(400, r.statusCode(), path);
      assertEquals("bad_request", body(r).get("error").asText(), path);
    }
    assertEquals(400, get("/health/" + "x".repeat(5000), null).statusCode());
    assertEquals(400, get("/openapi.json/" + "x".repeat(5000), null).statusCode());
    for (String target : List.of("/health/../../../etc/passwd", "/openapi.json/../../../../etc/passwd",
        "/health/..%2f..%2fetc%2fpasswd", "/../openapi.json/../../etc/shadow")) {
      String response = raw(target);
      assertTrue(response.substring(9, 12).startsWith("4"), target + " → " + response);
      assertFalse(response.contains("root:"), response);
      assertFalse(response.contains("Exception") || response.contains("\tat "), response);
    }
    assertEquals(rowsBefore, count("eligibility") + count("decision_audit") + count("audit_log"), "nothing changed");
  }

  @Test
  void requestsJettyRefusesGetTheApisJsonErrorAndNoServerBanner() throws Exception {
    String huge = sendRaw("GET /health HTTP/1.1\r\nHost: x\r\nX-Filler: " + "a".repeat(20_000)
        + "\r\nConnection: close\r\n\r\n");
    assertEquals("431", huge.substring(9, 12), huge);
    String garbage = sendRaw("NOT A REQUEST LINE\r\n\r\n");
    assertTrue(garbage.startsWith("HTTP/1.1 400"), garbage);
    for (String response : List.of(huge, garbage, raw("/v1/nothing-here"))) {
      String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
      assertTrue(head.contains("content-type: application/json"), response);
      assertFalse(head.contains("\r\nserver:") || head.contains("x-powered-by"), response);
      assertTrue(response.contains("{\"error\":"), response);
      assertFalse(response.contains("<html") || response.contains("Exception") || response.contains("\tat "), response);
    }
  }

  static String sendRaw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void onlyGetAndHealthAndOpenApiNeedNoKey() throws Exception {
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/v1/customers/C00000001/eligibility")).POST(HttpRequest.BodyPublishers.ofString("{}"))
        .header("Authorization", "Bearer " + FULL_KEY).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    JsonNode health = body(get("/health", null));
    assertEquals("UP", health.get("status").asText());
    assertEquals("2026-06-30", health.get("run_date").asText());
    JsonNode api = body(get("/openapi.json", null));
    assertEquals("3.0.3", api.get("openapi").asText());
    assertTrue(api.get("paths").has("/v1/customers/{id}/eligibility/{product}"));
  }

  static long count(String table) {
    return db.jdbi().withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
  }
}
