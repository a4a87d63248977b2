import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * Exploration (lending/spikes/http-stack/run.sh), not part of the build: the same static
 * eligibility-shaped body answered by the JDK HttpServer or by Jetty 12 core.
 */
public class SpikeServer {
  public static void main(String[] args) throws Exception {
    StringBuilder b = new StringBuilder("{\"customer_id\":\"C00000001\",\"snapshot_id\":2,\"decisions\":[");
    String[] products = {"CREDIT_LINE", "RENTAL_APARTMENT", "RENTAL_BIKE", "RENTAL_CAR", "RENTAL_HOTEL", "RENTAL_POWER_BANK"};
    for (int i = 0; i < 6; i++) {
      b.append(i > 0 ? "," : "").append("{\"product\":\"").append(products[i]).append("\",\"decision\":\"APPROVED\",\"credit_limit\":4500.00,\"deposit_waived\":null,\"reasons\":[\"Short repayment history\",\"Irregular income\"],\"score\":712,\"band\":\"GOOD\",\"model_version\":\"1\",\"policy_version\":\"default-2026.1\",\"run_date\":\"2026-01-01\"}");
    }
    byte[] body = b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    int port = Integer.parseInt(args[1]);
    if (args[0].equals("jdk")) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
      HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
      s.createContext("/", ex -> {
        ex.getRequestHeaders().getFirst("Authorization");
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(200, body.length);
        try (var out = ex.getResponseBody()) { out.write(body); }
      });
      s.setExecutor(Executors.newFixedThreadPool(8));
      s.start();
    } else {
      Server server = new Server();
      ServerConnector c = new ServerConnector(server);
      c.setHost("127.0.0.1");
      c.setPort(port);
      server.addConnector(c);
      server.setHandler(new Handler.Abstract.NonBlocking() {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
          request.getHeaders().get(HttpHeader.AUTHORIZATION);
          response.setStatus(200);
          response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
          response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
          response.getHeaders().put("X-Content-Type-Options", "nosniff");
          response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
          response.write(true, ByteBuffer.wrap(body), callback);
          return true;
        }
      });
      server.start();
    }
    System.out.println("ready " + body.length);
    Thread.currentThread().join();
  }
}
