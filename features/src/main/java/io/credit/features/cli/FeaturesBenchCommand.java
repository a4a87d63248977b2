package io.credit.features.cli;

import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.spark.SparkSessions;
import io.credit.features.bench.DuckDbFloor;
import io.credit.features.bench.FeatureBenchmark;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit bench features}: scaling curve, DuckDB floor, and nightly cost with 3 vs 12 months of history. */
@Command(name = "features", mixinStandardHelpOptions = true,
    description = "Benchmark the feature job on generated histories (fresh folders under the work directory).")
public class FeaturesBenchCommand implements Callable<Integer> {
  @Mixin
  PlatformOptions platform;
  @Mixin
  JsonOption json;

  @Option(names = "--sizes", split = ",", defaultValue = "10000,30000,100000",
      description = "Numbers of customers (default ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--days", defaultValue = "365", description = "Days of history (default ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--txns-per-day", defaultValue = "1.0",
      description = "Average transactions per customer and day (default ${DEFAULT-VALUE}).")
  double txnsPerDay;

  @Option(names = "--history-customers", defaultValue = "30000",
      description = "Customers for the 3- vs 12-month nightly comparison (default ${DEFAULT-VALUE}).")
  int historyCustomers;

  @Option(names = "--skip-history", description = "Skip the 3- vs 12-month nightly comparison.")
  boolean skipHistory;

  @Option(names = "--duckdb-threads", defaultValue = "2", description = "DuckDB threads (default ${DEFAULT-VALUE}).")
  int duckDbThreads;

  @Option(names = "--work-dir", paramLabel = "DIR", description = "Where the generated data goes "
      + "(default: <data-dir>/bench/features; its size folders are replaced).")
  Path workDir;

  @Override
  public Integer call() throws Exception {
    PlatformConfig config = platform.toConfig();
    Path dir = workDir != null ? workDir : config.dataDir().resolve("bench").resolve("features");
    if (!DuckDbFloor.available()) {
      System.out.println("DuckDB driver not on the classpath: the floor is skipped "
          + "(build with: mvn -B -q -Pbench -DskipTests package)");
    }
    FeatureBenchmark.Report report = FeatureBenchmark.run(SparkSessions.getOrCreate(config, "credit-bench-features"),
        new FeatureBenchmark.Options(sizes, days, txnsPerDay, historyCustomers, !skipHistory, duckDbThreads, dir),
        System.out);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("command", "bench features");
    summary.put("sizes", report.sizes());
    summary.put("history", report.history());
    json.print(System.out, summary);
    return 0;
  }
}
