package io.credit.lending.cli;

import io.credit.core.cli.BadInputException;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.lending.api.ApiKeys;
import io.credit.lending.api.EligibilityServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit serve --port P}: the read-only eligibility HTTP API, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the current eligibility snapshot over a read-only HTTP JSON API (see /openapi.json).")
public class ServeCommand implements Callable<Integer> {
  @Mixin
  PlatformOptions platform;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String bind;

  @Option(names = "--api-keys", paramLabel = "FILE", defaultValue = "${env:CREDIT_API_KEYS}",
      description = "YAML file of hashed API keys (default: <data-dir>/api-keys.yaml; env CREDIT_API_KEYS).")
  Path apiKeys;

  @Option(names = "--threads", defaultValue = "8", description = "Worker threads for the requests that need the "
      + "database (/health, --from-database, or before the snapshot is in memory); answers from memory are written "
      + "on Jetty's selector thread (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--from-database", description = "Query the database for every request instead of holding the "
      + "current snapshot in memory (about 30 bytes per decision; the memory copy follows each publish within "
      + "--refresh plus its load time).")
  boolean fromDatabase;

  @Option(names = "--refresh", defaultValue = "1", paramLabel = "SECONDS",
      description = "How often the in-memory snapshot checks for a newer publish (default: ${DEFAULT-VALUE}).")
  int refreshSeconds;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new BadInputException("--port must be 0–65535");
    }
    if (threads < 1 || threads > 256) {
      throw new BadInputException("--threads must be 1–256");
    }
    if (refreshSeconds < 1 || refreshSeconds > 3600) {
      throw new BadInputException("--refresh must be 1–3600 seconds");
    }
    PlatformConfig config = platform.toConfig();
    ApiKeys keys = ApiKeys.load(apiKeys != null ? apiKeys : config.dataDir().resolve("api-keys.yaml"));
    Database db = Database.open(config);
    EligibilityServer server = EligibilityServer.start(new InetSocketAddress(bind, port), db.jdbi(), keys, threads,
        fromDatabase ? null : Duration.ofSeconds(refreshSeconds));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      db.close();
      stopped.countDown();
    }));
    System.out.println("serving eligibility on http://" + bind + ":" + server.port() + " (Ctrl-C to stop)");
    stopped.await();
    return 0;
  }
}
