package io.credit.lending.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The load generator's answers per measured second: how many, how many over the 5 ms goal, and the
 * slowest. Spread out, the slow answers are the server's or the scheduler's steady cost; bunched
 * into a few seconds, they are stalls (a collection, the host). Written as CSV with each second's
 * UTC time, to line it up with GC logs and the publish's own log.
 */
final class SecondsTimeline {
  static final long GOAL_NANOS = 5_000_000L;

  private final long startNanos;
  private final long startEpochMillis;
  private final int[] answers;
  private final int[] overGoal;
  private final long[] maxNanos;

  /** A timeline of {@code seconds} measured seconds from {@code startNanos} ({@link System#nanoTime()}). */
  SecondsTimeline(long startNanos, int seconds) {
    this.startNanos = startNanos;
    this.startEpochMillis = System.currentTimeMillis() + (startNanos - System.nanoTime()) / 1_000_000L;
    this.answers = new int[seconds + 1];
    this.overGoal = new int[seconds + 1];
    this.maxNanos = new long[seconds + 1];
  }

  /** One answer to the request scheduled at {@code scheduledNanos}, {@code latencyNanos} after that. */
  synchronized void record(long scheduledNanos, long latencyNanos) {
    int s = (int) Math.max(0, Math.min(answers.length - 1, (scheduledNanos - startNanos) / 1_000_000_000L));
    answers[s]++;
    if (latencyNanos > GOAL_NANOS) {
      overGoal[s]++;
    }
    maxNanos[s] = Math.max(maxNanos[s], latencyNanos);
  }

  synchronized int overGoal() {
    int sum = 0;
    for (int c : overGoal) {
      sum += c;
    }
    return sum;
  }

  synchronized int secondsWithOverGoal() {
    int n = 0;
    for (int c : overGoal) {
      n += c > 0 ? 1 : 0;
    }
    return n;
  }

  /** The measured second (0: the first after the warm-up) with the most answers over the goal. */
  synchronized int worstSecond() {
    int worst = 0;
    for (int i = 1; i < overGoal.length; i++) {
      worst = overGoal[i] > overGoal[worst] ? i : worst;
    }
    return worst;
  }

  synchronized int overGoalIn(int second) {
    return overGoal[second];
  }

  /** Writes {@code second,utc,answers,over_5ms,max_ms}, one row per second that had answers. */
  synchronized void writeCsv(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
            .setHeader("second", "utc", "answers", "over_5ms", "max_ms").get())) {
      for (int i = 0; i < answers.length; i++) {
        if (answers[i] > 0) {
          csv.printRecord(i, Instant.ofEpochMilli(startEpochMillis + i * 1000L), answers[i], overGoal[i],
              Math.round(maxNanos[i] / 1e4) / 100.0);
        }
      }
    }
  }
}
