package io.credit.lending.cli;

import io.credit.core.cli.BadInputException;
import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.H2Urls;
import io.credit.core.config.PlatformConfig;
import io.credit.lending.bench.ServeBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.io.file.PathUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit bench serve}: API throughput and latency, alone and during a publish. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Publish synthetic eligibility for N customers into a fresh benchmark database "
        + "(<data-dir>/bench/serve-<time>, or --db) from a publisher process, serve it on loopback and drive it "
        + "from a separate load-generator process: alone, then while the publisher publishes a new snapshot.")
public class ServeBenchCommand implements Callable<Integer> {
  @Mixin
  PlatformOptions platform;
  @Mixin
  JsonOption json;

  @Option(names = "--customers", defaultValue = "1000000", description = "Customers published (default: ${DEFAULT-VALUE}).")
  int customers;

  @Option(names = "--rate", defaultValue = "2000", description = "Offered requests/s (default: ${DEFAULT-VALUE}).")
  int rate;

  @Option(names = "--duration", defaultValue = "30", description = "Seconds of the load-alone phase (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--warmup", defaultValue = "20", description = "Seconds at the offered rate before each "
      + "measured phase, not counted, so both JVMs are compiled first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--connections", defaultValue = "32", description = "Client connections (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(names = "--threads", defaultValue = "8", description = "Server worker threads, for the requests that need the "
      + "database (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--writers", defaultValue = "4", description = "Threads writing each snapshot (default: ${DEFAULT-VALUE}).")
  int writers;

  @Option(names = "--from-database", description = "Serve with a database query per request (as "
      + "`serve --from-database`) instead of the in-memory snapshot.")
  boolean fromDatabase;

  @Option(names = "--reuse", description = "With --db: skip the first publish when that database's current snapshot "
      + "already has --customers customers (a previous run's).")
  boolean reuse;

  @Option(names = "--load-alone-only", description = "Run the load-alone phase only (no publish under load).")
  boolean loadAloneOnly;

  @Option(names = "--publisher-nice", defaultValue = "10", description = "CPU priority (nice, 0-19) of the process "
      + "that publishes, which runs beside the server as batch work would on a shared machine; 0: the server's "
      + "priority (default: ${DEFAULT-VALUE}).")
  int publisherNice;

  @Option(names = "--disk-sync", paramLabel = "MS", defaultValue = "1000", description = "On H2, the publisher "
      + "syncs the snapshot it writes to disk every MS milliseconds, as `./credit eligibility` does; 0: never, the "
      + "kernel writes it back in bursts (default: ${DEFAULT-VALUE}).")
  long diskSyncMillis;

  @Option(names = "--timeline", paramLabel = "DIR", description = "Also write each phase's answers per second "
      + "(count, over 5 ms, slowest, with UTC times) as CSV files in DIR: load-alone.csv, load-during-publish.csv.")
  Path timeline;

  @Option(names = "--keep-db", description = "Keep the database the benchmark creates under <data-dir>/bench/ "
      + "(several GB per snapshot of 1,000,000 customers) to rerun with --db URL --reuse; by default it is deleted "
      + "after the run. A database given with --db is never deleted.")
  boolean keepDb;

  @Override
  public Integer call() throws Exception {
    if (customers < 1 || customers > 99_999_999 || rate < 1 || seconds < 1 || connections < 1 || threads < 1
        || warmup < 0 || publisherNice < 0 || publisherNice > 19 || diskSyncMillis < 0) {
      throw new BadInputException("--customers, --rate, --duration, --connections and --threads must be positive, "
          + "--warmup and --disk-sync zero or more, --publisher-nice 0 to 19");
    }
    PlatformConfig config = platform.toConfig();
    if (config.dbUrl() != null && config.effectiveDbUrl().startsWith("jdbc:h2:mem:")) {
      throw new BadInputException("--db " + config.effectiveDbUrl() + ": the serve benchmark publishes from its own "
          + "process, so it needs a database two processes can open: an H2 file (jdbc:h2:file:…, the default "
          + "without --db) or PostgreSQL");
    }
    Path ownDatabase = null;
    if (config.dbUrl() == null) {
      ownDatabase = config.dataDir().resolve("bench").resolve("serve-" + System.currentTimeMillis());
      Files.createDirectories(ownDatabase);
      config = config.withDbUrl(H2Urls.fileDatabase(ownDatabase.resolve("bench")));
    }
    List<ServeBenchmark.Phase> phases;
    try {
      phases = new ServeBenchmark(config.effectiveDbUrl(), config.dbUser(), config.dbPassword(),
          new ServeBenchmark.Settings(customers, rate, seconds, warmup, connections, threads, Math.max(1, writers),
              fromDatabase, reuse, loadAloneOnly, publisherNice, diskSyncMillis, timelineDir()), System.out).run();
    } finally {
      if (ownDatabase != null && keepDb) {
        System.out.println("kept the benchmark database: rerun with --db '" + config.effectiveDbUrl() + "' --reuse");
      } else if (ownDatabase != null) {
        PathUtils.deleteDirectory(ownDatabase);
        System.out.println("deleted the benchmark database " + ownDatabase + " (--keep-db keeps it)");
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (var p : phases) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("phase", p.name());
      if (p.loadJson() != null) {
        m.put("load", JsonOption.mapper().readTree(p.loadJson()));
      }
      if (p.serverCpuMicrosPerRequest() != null) {
        m.put("server_cpu_us_per_request", p.serverCpuMicrosPerRequest());
      }
      if (p.hostStealPercent() != null) {
        m.put("host_steal_pct", p.hostStealPercent());
      }
      if (p.publishSeconds() != null) {
        m.put("publish_seconds", Math.round(p.publishSeconds() * 10) / 10.0);
      }
      out.add(m);
    }
    json.print(System.out, Map.of("customers", customers, "phases", out));
    return 0;
  }

  private Path timelineDir() throws java.io.IOException {
    if (timeline == null) {
      return null;
    }
    Files.createDirectories(timeline);
    return timeline.toAbsolutePath();
  }
}
