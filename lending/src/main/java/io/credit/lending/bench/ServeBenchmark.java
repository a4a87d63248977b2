package io.credit.lending.bench;

import io.credit.lending.ApplicantFacts;
import io.credit.lending.EligibilityService;
import io.credit.lending.InflowSource;
import io.credit.lending.RunSummary;
import io.credit.lending.api.ApiClient;
import io.credit.lending.api.ApiKeys;
import io.credit.lending.api.EligibilityServer;
import io.credit.lending.policy.LoadedPolicy;
import io.credit.lending.policy.PolicyLoader;
import io.credit.lending.store.EligibilityDao;
import io.credit.lending.store.SnapshotInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Serving benchmark: publishes synthetic eligibility for N customers, starts the API on loopback and
 * drives it from a separate load-generator process ({@link LoadGenerator}), first alone, then while
 * a second snapshot is being published.
 */
public final class ServeBenchmark {
  /** Benchmark settings. */
  public record Settings(int customers, int rate, int seconds, int warmupSeconds, int connections, int serverThreads,
      int writers, boolean fromDatabase, boolean reuse, boolean loadAloneOnly) {}

  /** One phase's result: the load generator's JSON line, and the publish time when one ran. */
  public record Phase(String name, String loadJson, Double publishSeconds) {}

  private final Jdbi jdbi;
  private final Settings settings;
  private final PrintStream log;

  public ServeBenchmark(Jdbi jdbi, Settings settings, PrintStream log) {
    this.jdbi = jdbi;
    this.settings = settings;
    this.log = log;
  }

  public List<Phase> run() throws Exception {
    EligibilityService service = new EligibilityService(jdbi, InflowSource.none(), Clock.systemUTC(), settings.writers());
    LoadedPolicy policy = PolicyLoader.loadDefault();
    List<Phase> phases = new ArrayList<>();
    Optional<SnapshotInfo> current = jdbi.withExtension(EligibilityDao.class, EligibilityDao::currentSnapshot);
    if (settings.reuse() && current.filter(c -> c.customers() == settings.customers()).isPresent()) {
      log.printf("reusing published snapshot %d (%d customers)%n", current.get().snapshotId(), settings.customers());
    } else {
      long t0 = System.nanoTime();
      RunSummary first = service.publish(LocalDate.of(2026, 1, 1), policy, "bench", applicants(1));
      double firstSeconds = (System.nanoTime() - t0) / 1e9;
      log.printf("published snapshot %d: %d customers, %d decisions in %.1f s%n", first.snapshotId(),
          first.customers(), first.decisions(), firstSeconds);
      phases.add(new Phase("publish alone (no load)", null, firstSeconds));
    }
    String key = ApiKeys.newKey();
    ApiKeys keys = ApiKeys.of(List.of(ApiKeys.hash(key)), List.of(new ApiClient("bench", Set.of("*"))));
    try (EligibilityServer server = EligibilityServer.start(new InetSocketAddress("127.0.0.1", 0), jdbi, keys,
        settings.serverThreads(), settings.fromDatabase() ? null : Duration.ofSeconds(1))) {
      log.println("phase 1: load alone for " + settings.seconds() + " s at " + settings.rate() + " req/s, after "
          + settings.warmupSeconds() + " s of warm-up at that rate");
      phases.add(new Phase("load alone", result(start(server.port(), key, settings.rate(), settings.seconds(), false)),
          null));
      if (settings.loadAloneOnly()) {
        return phases;
      }
      log.println("phase 2: load while snapshot 2 is published (the publish starts after the "
          + settings.warmupSeconds() + " s warm-up, so the measured window covers all of it)");
      Process p = start(server.port(), key, settings.rate(), 3600, true);
      Thread.sleep(settings.warmupSeconds() * 1000L + 200);
      long t = System.nanoTime();
      RunSummary second = service.publish(LocalDate.of(2026, 1, 2), policy, "bench", applicants(2));
      double publishSeconds = (System.nanoTime() - t) / 1e9;
      if (!settings.fromDatabase()) {
        awaitInMemory(server, second.snapshotId());
      }
      Thread.sleep(2000); // keep reading a moment after the switch
      p.getOutputStream().close();
      phases.add(new Phase("load during publish", result(p), publishSeconds));
    }
    return phases;
  }

  /** Waits (at most 10 minutes) until the server answers from snapshot {@code id} held in memory. */
  private void awaitInMemory(EligibilityServer server, long id) throws InterruptedException {
    long t = System.nanoTime();
    long deadline = t + 600_000_000_000L;
    while (server.snapshotInMemory().filter(s -> s == id).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    log.printf("server answers from snapshot %d in memory %.1f s after the publish%n", id, (System.nanoTime() - t) / 1e9);
  }

  /** The load generator's last output line (its JSON summary), once it has exited. */
  private String result(Process p) throws Exception {
    String result;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      result = r.lines().reduce((a, b) -> b).orElse("{}");
    }
    p.waitFor();
    log.println("  " + result);
    return result;
  }

  private Process start(int port, String key, int rate, int seconds, boolean untilStdinCloses) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
    String extra = System.getenv("CREDIT_LOADGEN_JAVA_OPTS");
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.strip().split("\\s+")));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        LoadGenerator.class.getName(), "--port", String.valueOf(port), "--rate", String.valueOf(rate),
        "--duration", String.valueOf(seconds), "--warmup", String.valueOf(settings.warmupSeconds()),
        "--connections", String.valueOf(settings.connections()),
        "--customers", String.valueOf(settings.customers()), "--until-stdin-closes", String.valueOf(untilStdinCloses)));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("BENCH_API_KEY", key);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    return pb.start();
  }

  /** Synthetic applicants: deterministic scores spread over the scale, different per snapshot. */
  private Consumer<Consumer<ApplicantFacts>> applicants(int snapshot) {
    LocalDate born = LocalDate.of(1988, 3, 1);
    List<String> reasons = List.of("Short repayment history", "Irregular income", "High utilisation",
        "Few counterparties");
    return sink -> {
      for (int i = 1; i <= settings.customers(); i++) {
        int h = Integer.hashCode(i * 31 + snapshot * 7919) * 0x9E3779B1;
        int score = 350 + Math.floorMod(h, 601);
        sink.accept(new ApplicantFacts(String.format("C%08d", i), score, "SCORED", reasons, "scorecard",
            String.valueOf(snapshot), true, born, true, true, false, false, null,
            BigDecimal.valueOf(1000 + Math.floorMod(h >>> 7, 9000))));
      }
    };
  }
}
