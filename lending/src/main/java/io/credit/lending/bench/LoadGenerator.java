package io.credit.lending.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for the eligibility API, run as its own process by {@code ./credit bench serve}.
 * Each thread holds one keep-alive connection ({@link KeepAliveConnection}).
 * Open loop: each of {@code --connections} threads sends at a fixed pace so that together they offer
 * {@code --rate} requests/s; latency counts from the scheduled send time, so a slow server cannot
 * hide its queueing (no coordinated omission). Every response is checked: status 200, one snapshot,
 * all {@code --products} products with the same score and run date (else a torn read).
 * The first {@code --warmup} seconds run at the same rate and are not counted, so that both JVMs
 * (the server's and this one) are compiled before anything is measured; a thread that falls behind
 * during the warm-up skips ahead, so the measured window starts on schedule with no backlog.
 * Stops after {@code --duration} measured seconds or when standard input closes. Prints one JSON line;
 * with {@code --timeline FILE}, also each measured second's answers as CSV ({@link SecondsTimeline}).
 * The API key comes from the environment variable {@code BENCH_API_KEY}.
 */
public final class LoadGenerator {
  private LoadGenerator() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = ChildArgs.parse(args);
    int port = Integer.parseInt(opt.get("port"));
    int rate = Integer.parseInt(opt.getOrDefault("rate", "2000"));
    int seconds = Integer.parseInt(opt.getOrDefault("duration", "30"));
    int warmupSeconds = Integer.parseInt(opt.getOrDefault("warmup", "0"));
    int connections = Integer.parseInt(opt.getOrDefault("connections", "32"));
    int customers = Integer.parseInt(opt.getOrDefault("customers", "1000000"));
    int products = Integer.parseInt(opt.getOrDefault("products", "6"));
    boolean untilStdinCloses = Boolean.parseBoolean(opt.getOrDefault("until-stdin-closes", "false"));
    String key = System.getenv("BENCH_API_KEY");

    AtomicBoolean stop = new AtomicBoolean();
    if (untilStdinCloses) {
      Thread watcher = new Thread(() -> {
        try (InputStream in = System.in) {
          while (in.read() >= 0) {
            // wait for EOF
          }
        } catch (java.io.IOException ignored) {
          // treat as closed
        }
        stop.set(true);
      });
      watcher.setDaemon(true);
      watcher.start();
    }
    long warmupStart = System.nanoTime() + 200_000_000L;
    long start = warmupStart + warmupSeconds * 1_000_000_000L;
    long deadline = start + seconds * 1_000_000_000L;
    long intervalNanos = (long) (1e9 * connections / rate);
    AtomicLong errors = new AtomicLong();
    AtomicLong torn = new AtomicLong();
    AtomicLong backwards = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    List<long[]> lags = new ArrayList<>();
    SecondsTimeline timeline = new SecondsTimeline(start, seconds);
    List<int[]> counts = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    java.util.Set<Long> snapshots = java.util.concurrent.ConcurrentHashMap.newKeySet();
    for (int t = 0; t < connections; t++) {
      long[] lat = new long[(int) Math.min(50_000_000L, (long) rate * seconds / connections + 1000)];
      long[] lag = new long[lat.length];
      int[] n = new int[1];
      latencies.add(lat);
      lags.add(lag);
      counts.add(n);
      long offset = intervalNanos * t / connections;
      Thread th = new Thread(() -> {
        JsonFactory factory = new JsonFactory();
        KeepAliveConnection connection = new KeepAliveConnection("127.0.0.1", port, key, 10_000);
        long next = warmupStart + offset;
        long lastSnapshot = -1;
        while (!stop.get() && next < deadline && n[0] < lat.length) {
          long wait = next - System.nanoTime();
          if (wait > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
          }
          long sending = System.nanoTime();
          try {
            KeepAliveConnection.Response r = connection.get(path(ThreadLocalRandom.current().nextInt(1, customers + 1)));
            long done = System.nanoTime();
            // checked in the warm-up too: the first parse loads and compiles the parser, and doing that
            // first in the measured window stalled all threads in its first second (~300 answers over 5 ms)
            long snap = r.status() == 200 ? snapshotIfWhole(factory, r.body(), products) : ERROR;
            if (next < start) {
              // warm-up: sent, answered and checked, not counted; a cold server falls behind the schedule,
              // and that backlog is dropped here instead of being carried into the measured window
              next = Math.max(next + intervalNanos, Math.min(done, start + offset));
              continue;
            }
            lag[n[0]] = sending - next;
            lat[n[0]++] = done - next;
            timeline.record(next, done - next);
            if (snap == ERROR) {
              errors.incrementAndGet();
            } else if (snap == TORN) {
              torn.incrementAndGet();
            } else {
              snapshots.add(snap);
              if (snap < lastSnapshot) {
                backwards.incrementAndGet();
              }
              lastSnapshot = Math.max(lastSnapshot, snap);
            }
          } catch (Exception e) {
            if (next >= start) {
              lag[n[0]] = sending - next;
              lat[n[0]++] = System.nanoTime() - next;
              errors.incrementAndGet();
            }
          }
          next += intervalNanos;
        }
        connection.close();
      }, "load-" + t);
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    long end = System.nanoTime();
    int total = counts.stream().mapToInt(c -> c[0]).sum();
    long[] all = merged(latencies, counts, total);
    long[] lagged = merged(lags, counts, total);
    // achieved throughput: requests over the time until the last answer (a saturated server's
    // backlog drains after the schedule ends, so this is lower than the offered rate)
    double elapsed = (end - start) / 1e9;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("requests", total);
    out.put("seconds", Math.round(elapsed * 10) / 10.0);
    out.put("throughput_rps", Math.round(total / elapsed));
    out.put("offered_rps", rate);
    out.put("warmup_seconds", warmupSeconds);
    out.put("p50_ms", ms(all, 0.50));
    out.put("p99_ms", ms(all, 0.99));
    out.put("p999_ms", ms(all, 0.999));
    out.put("max_ms", total == 0 ? 0 : all[total - 1] / 1e6);
    // how late this process itself sent (its own scheduling and GC): part of every latency above
    out.put("send_lag_p99_ms", ms(lagged, 0.99));
    out.put("send_lag_max_ms", total == 0 ? 0 : lagged[total - 1] / 1e6);
    out.put("over_5ms", timeline.overGoal());
    out.put("seconds_with_over_5ms", timeline.secondsWithOverGoal());
    int worst = timeline.worstSecond();
    out.put("worst_second_over_5ms", timeline.overGoalIn(worst));
    // which measured second that was (0: the first after the warm-up), to line it up with GC and host logs
    out.put("worst_second_at", worst);
    if (opt.containsKey("timeline")) {
      timeline.writeCsv(Path.of(opt.get("timeline")));
    }
    out.put("errors", errors.get());
    out.put("torn_reads", torn.get());
    out.put("snapshot_went_back", backwards.get());
    out.put("snapshots_seen", new java.util.TreeSet<>(snapshots));
    System.out.println(new ObjectMapper().writeValueAsString(out));
  }

  private static final long ERROR = -1;

  private static final long TORN = -2;

  /** {@code /v1/customers/C<8 digits>/eligibility} without a format string (the generator's own garbage is latency). */
  static String path(int customer) {
    char[] c = "/v1/customers/C00000000/eligibility".toCharArray();
    for (int i = 22, v = customer; i >= 15; i--, v /= 10) {
      c[i] = (char) ('0' + v % 10);
    }
    return new String(c);
  }

  /**
   * The snapshot id of a response whose {@code products} decisions all carry the same score and run
   * date, {@link #TORN} otherwise, {@link #ERROR} when it is not such a JSON document. A streaming
   * parse: building a JSON tree per response made this process's garbage collections part of the
   * measured latency.
   */
  static long snapshotIfWhole(JsonFactory factory, byte[] body, int products) {
    try (JsonParser p = factory.createParser(body)) {
      long snapshot = ERROR;
      int depth = 0;
      int decisions = 0;
      String score = null;
      String runDate = null;
      boolean whole = true;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
          decisions += t == JsonToken.START_OBJECT && depth == 3 ? 1 : 0;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME && depth == 1 && p.currentName().equals("snapshot_id")) {
          p.nextToken();
          snapshot = p.getLongValue();
        } else if (t == JsonToken.FIELD_NAME && depth == 3 && p.currentName().equals("score")) {
          p.nextToken();
          String v = p.getText();
          whole &= score == null || score.equals(v);
          score = v;
        } else if (t == JsonToken.FIELD_NAME && depth == 3 && p.currentName().equals("run_date")) {
          p.nextToken();
          String v = p.getText();
          whole &= runDate == null || runDate.equals(v);
          runDate = v;
        }
      }
      if (snapshot == ERROR) {
        return ERROR;
      }
      return whole && decisions == products ? snapshot : TORN;
    } catch (java.io.IOException e) {
      return ERROR;
    }
  }

  /** Every thread's first {@code counts} values in one sorted array. */
  private static long[] merged(List<long[]> perThread, List<int[]> counts, int total) {
    long[] all = new long[total];
    int k = 0;
    for (int t = 0; t < perThread.size(); t++) {
      System.arraycopy(perThread.get(t), 0, all, k, counts.get(t)[0]);
      k += counts.get(t)[0];
    }
    Arrays.sort(all);
    return all;
  }

  private static double ms(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return Math.round(sorted[Math.max(0, i)] / 1e4) / 100.0;
  }
}
