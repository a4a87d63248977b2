package io.credit.lending.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.credit.core.db.Database;
import io.credit.lending.ApplicantFacts;
import io.credit.lending.EligibilityService;
import io.credit.lending.InflowSource;
import io.credit.lending.RunSummary;
import io.credit.lending.policy.PolicyLoader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The publishing side of {@code ./credit bench serve}, in its own process as the nightly job's
 * eligibility step is in production: it opens the benchmark database (on the H2 default it hosts it, and
 * the API reaches it through H2's automatic server), prints {@code ready}, then publishes one snapshot of
 * synthetic eligibility per {@code publish <n> <date>} line read from standard input and prints a JSON
 * line for each. Exits when standard input closes. Database credentials come from the environment
 * ({@code BENCH_DB_USER}, {@code BENCH_DB_PASSWORD}), never the command line.
 */
public final class BenchPublisher {
  private BenchPublisher() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = ChildArgs.parse(args);
    int customers = Integer.parseInt(opt.get("customers"));
    int writers = Integer.parseInt(opt.getOrDefault("writers", "4"));
    Duration diskSync = Duration.ofMillis(Long.parseLong(opt.getOrDefault("disk-sync-ms",
        String.valueOf(EligibilityService.DEFAULT_DISK_SYNC.toMillis()))));
    ObjectMapper json = new ObjectMapper();
    try (Database db = Database.open(opt.get("db"), System.getenv("BENCH_DB_USER"), System.getenv("BENCH_DB_PASSWORD"));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      EligibilityService service = new EligibilityService(db.jdbi(), InflowSource.none(), Clock.systemUTC(), writers, diskSync);
      System.out.println("ready");
      System.out.flush();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cmd = line.strip().split("\\s+");
        if (cmd.length != 3 || !cmd[0].equals("publish")) {
          throw new IllegalArgumentException("expected 'publish <n> <date>', got: " + line);
        }
        long t0 = System.nanoTime();
        RunSummary s = service.publish(LocalDate.parse(cmd[2]), PolicyLoader.loadDefault(), "bench",
            applicants(customers, Integer.parseInt(cmd[1])));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("snapshot_id", s.snapshotId());
        out.put("customers", s.customers());
        out.put("decisions", s.decisions());
        out.put("seconds", (System.nanoTime() - t0) / 1e9);
        System.out.println(json.writeValueAsString(out));
        System.out.flush();
      }
    }
  }

  /** Synthetic applicants: deterministic scores spread over the scale, different per snapshot {@code n}. */
  static Consumer<Consumer<ApplicantFacts>> applicants(int customers, int n) {
    LocalDate born = LocalDate.of(1988, 3, 1);
    List<String> reasons = List.of("Short repayment history", "Irregular income", "High utilisation",
        "Few counterparties");
    return sink -> {
      for (int i = 1; i <= customers; i++) {
        int h = Integer.hashCode(i * 31 + n * 7919) * 0x9E3779B1;
        int score = 350 + Math.floorMod(h, 601);
        sink.accept(new ApplicantFacts(String.format("C%08d", i), score, "SCORED", reasons, "scorecard",
            String.valueOf(n), true, born, true, true, false, false, null,
            BigDecimal.valueOf(1000 + Math.floorMod(h >>> 7, 9000))));
      }
    };
  }
}
