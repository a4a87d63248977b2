package io.credit.lending.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.credit.lending.policy.Products;
import io.credit.lending.store.EligibilityRecord;
import io.credit.lending.store.SnapshotInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-only HTTP JSON API over the current eligibility snapshot, on Jetty 12 core (no servlet layer).
 *
 * <ul>
 *   <li>{@code GET /v1/customers/{id}/eligibility}: every product the key may read</li>
 *   <li>{@code GET /v1/customers/{id}/eligibility/{product}}: one product</li>
 *   <li>{@code GET /health} (no key), {@code GET /openapi.json} (no key)</li>
 * </ul>
 * 401 without a valid bearer key, 403 for a product the key may not read, 400 for a malformed id or
 * product, 404 for an unknown customer or path, 405 for other methods; errors are JSON, never a
 * stack trace. Requests are not logged (ids stay out of logs).
 *
 * <p>Threads: a request that the snapshot in memory answers is answered on the connector's selector
 * thread, where Jetty read it (no hand-off to another thread: it only reads memory and writes JSON).
 * A request that needs the database ({@code /health}, {@code --from-database}, or while no snapshot is
 * in memory yet) is handed to the pool's worker threads, so a slow database never holds up the
 * requests that memory answers.
 */
public final class EligibilityServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EligibilityServer.class);
  /** Customer ids as the contract defines them: {@code C} + 8 digits. */
  public static final Pattern CUSTOMER_ID = Pattern.compile("C[0-9]{8}");
  private static final Pattern ROUTE = Pattern.compile("/v1/customers/([^/]*)/eligibility(?:/([^/]*))?");
  private static final int MAX_PATH = 512;
  /** Threads Jetty needs besides the workers: acceptor, selector, and its reserved threads. */
  private static final int JETTY_OWN_THREADS = 4;
  /** Every answer's content type, the errors Jetty answers itself included. */
  static final HttpField CONTENT_TYPE =
      new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
  private static final HttpField NO_STORE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");
  private static final HttpField NOSNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");

  private final Server server;
  private final ServerConnector connector;
  private final DaoPool daos;
  private final ApiKeys keys;
  private final ObjectMapper json;
  private final byte[] openApi;
  /** The current snapshot in memory, or null to query the database for every request. */
  private final SnapshotCache memory;

  private EligibilityServer(Server server, ServerConnector connector, DaoPool daos, ApiKeys keys,
      SnapshotCache memory) {
    this.server = server;
    this.connector = connector;
    this.daos = daos;
    this.keys = keys;
    this.memory = memory;
    this.json = new ObjectMapper().registerModule(new JavaTimeModule())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    this.openApi = readOpenApi();
  }

  /**
   * Starts the server on {@code address} (port 0: any free port) with {@code threads} worker threads,
   * answering from the current snapshot held in memory and following the pointer every second.
   */
  public static EligibilityServer start(InetSocketAddress address, Jdbi jdbi, ApiKeys keys, int threads)
      throws IOException {
    return start(address, jdbi, keys, threads, Duration.ofSeconds(1));
  }

  /**
   * As {@link #start(InetSocketAddress, Jdbi, ApiKeys, int)}; {@code memoryRefresh} is how often the
   * in-memory snapshot follows the pointer, or null to query the database for every request instead.
   */
  public static EligibilityServer start(InetSocketAddress address, Jdbi jdbi, ApiKeys keys, int threads,
      Duration memoryRefresh) throws IOException {
    SnapshotCache memory = null;
    if (memoryRefresh != null) {
      memory = new SnapshotCache(jdbi);
      memory.start(memoryRefresh);
    }
    // the workers, plus what Jetty leases for itself (the connector's acceptor and selector, and the
    // threads it keeps in reserve); a fixed size, so threads never come and go under load
    QueuedThreadPool pool = new QueuedThreadPool(threads + JETTY_OWN_THREADS, threads + JETTY_OWN_THREADS);
    pool.setName("eligibility-api");
    pool.setDaemon(true);
    Server server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    // Jetty's default URI rules: a target with an encoded NUL, an encoded separator or a dot segment
    // is answered 400 by Jetty itself (JsonErrorHandler) before the routes; the routes match the raw,
    // still-encoded path against exact patterns and never decode or resolve it.
    http.setUriCompliance(UriCompliance.DEFAULT);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(address.getHostString());
    connector.setPort(address.getPort());
    connector.setAcceptQueueSize(1024);
    server.addConnector(connector);
    server.setErrorHandler(new JsonErrorHandler());
    EligibilityServer s = new EligibilityServer(server, connector, new DaoPool(jdbi, threads), keys, memory);
    server.setHandler(s.new Api());
    try {
      server.start();
    } catch (Exception e) {
      s.close();
      throw e instanceof IOException io ? io
          : new IOException("could not start the eligibility API: " + e.getMessage(), e);
    }
    LOG.info("eligibility API listening on {}:{}", address.getHostString(), s.port());
    return s;
  }

  public int port() {
    return connector.getLocalPort();
  }

  /** The id of the snapshot held in memory, if one is. */
  public Optional<Long> snapshotInMemory() {
    return memory == null ? Optional.empty() : memory.current().map(ServedSnapshot::snapshotId);
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("the eligibility API did not stop cleanly: {}", e.getClass().getName());
    }
    if (memory != null) {
      memory.close();
    }
    daos.close();
  }

  /** Jetty's handler: answers from memory in place, hands database work to the worker threads. */
  private final class Api extends Handler.Abstract.NonBlocking {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      Optional<ServedSnapshot> snapshot = memory == null ? Optional.empty() : memory.current();
      String path = request.getHttpURI().getPath();
      if (snapshot.isPresent() && !"/health".equals(path)) {
        answer(request, response, callback, snapshot);
      } else {
        getServer().getThreadPool().execute(() -> answer(request, response, callback, snapshot));
      }
      return true;
    }
  }

  private void answer(Request request, Response response, Callback callback, Optional<ServedSnapshot> snapshot) {
    Reply r;
    try {
      r = route(request, snapshot);
    } catch (RuntimeException e) {
      LOG.error("request failed: {}", e.getClass().getName());
      r = error(500, "internal", "internal error; the request was not processed");
    }
    send(response, callback, r);
  }

  private record Reply(int status, Object body, Map<String, String> headers) {}

  private Reply route(Request request, Optional<ServedSnapshot> snapshot) {
    String path = request.getHttpURI().getPath();
    if (path == null || path.length() > MAX_PATH) {
      return error(400, "bad_request", "request path too long");
    }
    if (!"GET".equals(request.getMethod())) {
      return new Reply(405, new ApiError("method_not_allowed", "only GET is supported"), Map.of("Allow", "GET"));
    }
    if (path.equals("/health")) {
      return health();
    }
    if (path.equals("/openapi.json")) {
      return new Reply(200, openApi, Map.of());
    }
    Matcher m = ROUTE.matcher(path);
    if (!m.matches()) {
      return error(404, "not_found", "no such resource; see /openapi.json");
    }
    Optional<ApiClient> client = keys.authenticate(bearer(request));
    if (client.isEmpty()) {
      return new Reply(401, new ApiError("unauthorized", "a valid API key is required: Authorization: Bearer <key>"),
          Map.of("WWW-Authenticate", "Bearer"));
    }
    String customerId = m.group(1);
    if (!CUSTOMER_ID.matcher(customerId).matches()) {
      return error(400, "bad_customer_id", "customer id must be C followed by 8 digits");
    }
    return m.group(2) == null ? all(client.get(), customerId, snapshot)
        : one(client.get(), customerId, m.group(2), snapshot);
  }

  /** A customer's current decisions, all from one snapshot (none: not in the snapshot). */
  private record Found(long snapshotId, List<DecisionView> decisions) {}

  private Found find(String customerId, Optional<ServedSnapshot> snapshot) {
    if (snapshot.isPresent()) {
      return new Found(snapshot.get().snapshotId(), snapshot.get().decisions(customerId));
    }
    List<EligibilityRecord> rows = daos.withDao(dao -> dao.findCurrent(customerId));
    return new Found(rows.isEmpty() ? 0 : rows.get(0).snapshotId(), rows.stream().map(DecisionView::of).toList());
  }

  private Reply all(ApiClient client, String customerId, Optional<ServedSnapshot> snapshot) {
    Found found = find(customerId, snapshot);
    if (found.decisions().isEmpty()) {
      return error(404, "customer_not_found", "no eligibility published for this customer");
    }
    List<DecisionView> allowed = found.decisions().stream().filter(d -> client.mayRead(d.product())).toList();
    if (allowed.isEmpty()) {
      return error(403, "forbidden", "this API key may not read any product");
    }
    return ok(new EligibilityResponse(customerId, found.snapshotId(), allowed));
  }

  private Reply one(ApiClient client, String customerId, String productSegment, Optional<ServedSnapshot> snapshot) {
    String product = productSegment.toUpperCase(Locale.ROOT).replace('-', '_');
    if (!Products.CODE.matcher(product).matches()) {
      return error(400, "bad_product", "product must be a product code such as CREDIT_LINE or RENTAL_APARTMENT");
    }
    if (!client.mayRead(product)) {
      return error(403, "forbidden", "this API key may not read product " + product);
    }
    Found found = snapshot.isPresent() ? find(customerId, snapshot) : findOne(customerId, product);
    Optional<DecisionView> decision = found.decisions().stream().filter(d -> d.product().equals(product)).findFirst();
    if (decision.isEmpty()) {
      return error(404, "not_found", "no eligibility published for this customer and product");
    }
    return ok(new EligibilityResponse(customerId, found.snapshotId(), List.of(decision.get())));
  }

  /** From the database, the one row asked for (the primary key's lookup), not the customer's every product. */
  private Found findOne(String customerId, String product) {
    Optional<EligibilityRecord> row = daos.withDao(dao -> dao.findCurrent(customerId, product));
    return new Found(row.map(EligibilityRecord::snapshotId).orElse(0L), row.map(DecisionView::of).stream().toList());
  }

  private Reply health() {
    Optional<SnapshotInfo> current = daos.withDao(dao -> dao.currentSnapshot());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", current.isPresent() ? "UP" : "NO_SNAPSHOT");
    current.ifPresent(s -> {
      body.put("snapshot_id", s.snapshotId());
      body.put("run_date", s.runDate().toString());
      body.put("policy_version", s.policyVersion());
    });
    body.put("answering_from", snapshotInMemory().map(id -> "memory (snapshot " + id + ")").orElse("database"));
    return new Reply(current.isPresent() ? 200 : 503, body, Map.of());
  }

  private static String bearer(Request request) {
    String h = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (h == null || h.length() < 8 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return h.substring(7).strip();
  }

  private static Reply ok(Object body) {
    return new Reply(200, body, Map.of());
  }

  private static Reply error(int status, String code, String message) {
    return new Reply(status, new ApiError(code, message), Map.of());
  }

  private void send(Response response, Callback callback, Reply r) {
    byte[] body;
    int status = r.status();
    if (r.body() instanceof byte[] raw) {
      body = raw;
    } else {
      try {
        body = json.writeValueAsBytes(r.body());
      } catch (JsonProcessingException e) {
        body = "{\"error\":\"internal\",\"message\":\"internal error\"}".getBytes(StandardCharsets.UTF_8);
        status = 500;
      }
    }
    response.setStatus(status);
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(CONTENT_TYPE);
    headers.put(NO_STORE);
    headers.put(NOSNIFF);
    r.headers().forEach(headers::put);
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static byte[] readOpenApi() {
    try (InputStream in = EligibilityServer.class.getResourceAsStream("openapi.json")) {
      return in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("openapi.json missing from the classpath", e);
    }
  }
}
