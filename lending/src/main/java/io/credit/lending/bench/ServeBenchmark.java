package io.credit.lending.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credit.core.db.Database;
import io.credit.lending.api.ApiClient;
import io.credit.lending.api.ApiKeys;
import io.credit.lending.api.EligibilityServer;
import io.credit.lending.store.EligibilityDao;
import io.credit.lending.store.SnapshotInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;

/**
 * Serving benchmark: publishes synthetic eligibility for N customers, starts the API on loopback and
 * drives it from a separate load-generator process ({@link LoadGenerator}), first alone, then while
 * a second snapshot is being published.
 *
 * <p>Publishing runs in its own process ({@link BenchPublisher}), as the nightly job's eligibility step
 * does in production, so that its allocation and garbage collections are not the server's. On the H2
 * default that process hosts the database and the API reaches it through H2's automatic server. On a
 * machine shared with the API it runs at a lower CPU priority ({@code nice}, {@code --publisher-nice}),
 * as batch work beside a latency-bound service would; 0 runs it at the server's priority.
 */
public final class ServeBenchmark {
  /**
   * Benchmark settings; {@code diskSyncMillis}: the publisher's paced disk syncs on H2 (0: none);
   * {@code timelineDir}: where each phase's per-second CSV goes, or null for none.
   */
  public record Settings(int customers, int rate, int seconds, int warmupSeconds, int connections, int serverThreads,
      int writers, boolean fromDatabase, boolean reuse, boolean loadAloneOnly, int publisherNice, long diskSyncMillis,
      Path timelineDir) {}

  /**
   * One phase's results: the load generator's JSON summary, the publish's seconds, for the load alone
   * the server's CPU time per measured request (this JVM, warm-up excluded; null elsewhere), and the
   * share of the host's CPU the hypervisor stole in the measured window ({@link HostCpu}; null when
   * unknown).
   */
  public record Phase(String name, String loadJson, Double publishSeconds, Double serverCpuMicrosPerRequest,
      Double hostStealPercent) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String dbUrl;
  private final String dbUser;
  private final String dbPassword;
  private final Settings settings;
  private final PrintStream log;

  /** A benchmark on the database at {@code dbUrl} (an H2 file URL is opened with H2's automatic server). */
  public ServeBenchmark(String dbUrl, String dbUser, String dbPassword, Settings settings, PrintStream log) {
    this.dbUrl = dbUrl.startsWith("jdbc:h2:file:") && !dbUrl.toUpperCase(Locale.ROOT).contains("AUTO_SERVER=TRUE")
        ? dbUrl + ";AUTO_SERVER=TRUE" : dbUrl;
    this.dbUser = dbUser;
    this.dbPassword = dbPassword;
    this.settings = settings;
    this.log = log;
  }

  public List<Phase> run() throws Exception {
    List<Phase> phases = new ArrayList<>();
    try (Publisher publisher = new Publisher(); Database db = Database.open(dbUrl, dbUser, dbPassword)) {
      Jdbi jdbi = db.jdbi();
      Optional<SnapshotInfo> current = jdbi.withExtension(EligibilityDao.class, EligibilityDao::currentSnapshot);
      if (settings.reuse() && current.filter(c -> c.customers() == settings.customers()).isPresent()) {
        log.printf("reusing published snapshot %d (%d customers)%n", current.get().snapshotId(), settings.customers());
      } else {
        JsonNode first = publisher.publish(1, LocalDate.of(2026, 1, 1));
        log.printf("published snapshot %d: %d customers, %d decisions in %.1f s%n", first.get("snapshot_id").asLong(),
            first.get("customers").asInt(), first.get("decisions").asInt(), first.get("seconds").asDouble());
        phases.add(new Phase("publish alone (no load)", null, first.get("seconds").asDouble(), null, null));
      }
      String key = ApiKeys.newKey();
      ApiKeys keys = ApiKeys.of(List.of(ApiKeys.hash(key)), List.of(new ApiClient("bench", Set.of("*"))));
      try (EligibilityServer server = EligibilityServer.start(new InetSocketAddress("127.0.0.1", 0), jdbi, keys,
          settings.serverThreads(), settings.fromDatabase() ? null : Duration.ofSeconds(1))) {
        log.println("phase 1: load alone for " + settings.seconds() + " s at " + settings.rate() + " req/s, after "
            + settings.warmupSeconds() + " s of warm-up at that rate");
        Process alone = load(server.port(), key, settings.seconds(), false, "load-alone.csv");
        Thread.sleep(settings.warmupSeconds() * 1000L + 200);
        long cpuBefore = processCpuNanos();
        Optional<HostCpu> hostBefore = HostCpu.read();
        String aloneResult = result(alone);
        long cpu = processCpuNanos() - cpuBefore;
        Double steal = HostCpu.stealPercent(hostBefore, HostCpu.read());
        long requests = JSON.readTree(aloneResult).path("requests").asLong();
        Double cpuPerRequest = requests > 0 && cpu > 0 ? Math.round(cpu / 1e2 / requests) / 10.0 : null;
        log.println("  server CPU per measured request: " + cpuPerRequest + " µs; host CPU stolen by the hypervisor: "
            + steal + " %");
        phases.add(new Phase("load alone", aloneResult, null, cpuPerRequest, steal));
        if (settings.loadAloneOnly()) {
          return phases;
        }
        log.println("phase 2: load while the next snapshot is published (the publish starts after the "
            + settings.warmupSeconds() + " s warm-up, so the measured window covers all of it)");
        Process p = load(server.port(), key, 3600, true, "load-during-publish.csv");
        Thread.sleep(settings.warmupSeconds() * 1000L + 200);
        Optional<HostCpu> hostBefore2 = HostCpu.read();
        JsonNode second = publisher.publish(2, LocalDate.of(2026, 1, 2));
        log.printf("published snapshot %d in %.1f s%n", second.get("snapshot_id").asLong(),
            second.get("seconds").asDouble());
        if (!settings.fromDatabase()) {
          awaitInMemory(server, second.get("snapshot_id").asLong());
        }
        Thread.sleep(2000); // keep reading a moment after the switch
        p.getOutputStream().close();
        Double steal2 = HostCpu.stealPercent(hostBefore2, HostCpu.read());
        String duringResult = result(p);
        log.println("  host CPU stolen by the hypervisor: " + steal2 + " %");
        phases.add(new Phase("load during publish", duringResult, second.get("seconds").asDouble(), null, steal2));
      }
    }
    return phases;
  }

  /** This JVM's CPU time so far (all threads), or -1 where the JVM does not tell. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
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

  private Process load(int port, String key, int seconds, boolean untilStdinCloses, String timelineFile)
      throws IOException {
    List<String> command = java("-Xmx512m", "CREDIT_LOADGEN_JAVA_OPTS", LoadGenerator.class);
    command.addAll(List.of("--port", String.valueOf(port), "--rate", String.valueOf(settings.rate()),
        "--duration", String.valueOf(seconds), "--warmup", String.valueOf(settings.warmupSeconds()),
        "--connections", String.valueOf(settings.connections()),
        "--customers", String.valueOf(settings.customers()), "--until-stdin-closes", String.valueOf(untilStdinCloses)));
    if (settings.timelineDir() != null) {
      command.addAll(List.of("--timeline", settings.timelineDir().resolve(timelineFile).toString()));
    }
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("BENCH_API_KEY", key);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    return pb.start();
  }

  /** {@code java <heap> <$optsVariable> -cp <this classpath> <main>}. */
  private static List<String> java(String heap, String optsVariable, Class<?> main) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        heap));
    String extra = System.getenv(optsVariable);
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.strip().split("\\s+")));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    return command;
  }

  /** The publishing process: started first (it hosts an H2 database), one {@code publish} line per snapshot. */
  private final class Publisher implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final Writer in;

    Publisher() throws IOException {
      List<String> command = new ArrayList<>();
      if (settings.publisherNice() != 0) {
        command.addAll(List.of("nice", "-n", String.valueOf(settings.publisherNice())));
      }
      command.addAll(java("-Xmx3g", "CREDIT_PUBLISHER_JAVA_OPTS", BenchPublisher.class));
      command.addAll(List.of("--db", dbUrl, "--customers", String.valueOf(settings.customers()),
          "--writers", String.valueOf(settings.writers()), "--disk-sync-ms", String.valueOf(settings.diskSyncMillis())));
      ProcessBuilder pb = new ProcessBuilder(command);
      if (dbUser != null) {
        pb.environment().put("BENCH_DB_USER", dbUser);
      }
      if (dbPassword != null) {
        pb.environment().put("BENCH_DB_PASSWORD", dbPassword);
      }
      pb.redirectError(ProcessBuilder.Redirect.INHERIT);
      process = pb.start();
      out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      awaitLine("ready");
      log.println("publisher process " + process.pid() + " ready"
          + (settings.publisherNice() == 0 ? "" : " (nice " + settings.publisherNice() + ")"));
    }

    /** Publishes snapshot {@code n} for {@code date} and returns the publisher's summary. */
    JsonNode publish(int n, LocalDate date) throws IOException {
      in.write("publish " + n + " " + date + "\n");
      in.flush();
      return JSON.readTree(awaitLine("{"));
    }

    /** The next output line starting with {@code prefix}; other lines (its log) are passed through. */
    private String awaitLine(String prefix) throws IOException {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(prefix)) {
          return line;
        }
        log.println("  [publisher] " + line);
      }
      throw new IOException("the publisher process ended (exit " + waitFor() + "); its errors are above");
    }

    private int waitFor() {
      try {
        return process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }

    @Override
    public void close() throws IOException {
      try {
        in.close();
      } catch (IOException ignored) {
        // already gone
      }
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
