package io.credit.app.faults;

import io.credit.app.CreditCli;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code ./credit nightly --date D} in a child JVM: the real command line ({@link CreditCli}'s main),
 * with this JVM's flags and class path, on a given data directory. Follows the progress lines the
 * nightly job prints ({@code [2/5] features …} when a step starts, {@code [2/5] features completed in 3.1 s}
 * when it ends) to know which step is running, and can kill the child with SIGKILL.
 */
final class NightlyChild implements AutoCloseable {
  private static final Pattern STARTED = Pattern.compile("^\\[\\d/\\d] (\\w+) …$");
  private static final Pattern ENDED = Pattern.compile("^\\[\\d/\\d] (\\w+) (\\w+) in [\\d.]+ s.*");

  private final Process process;
  private final Thread follower;
  private final Map<String, Long> startedAt = new LinkedHashMap<>();
  private final Map<String, Long> endedAt = new LinkedHashMap<>();
  private final List<String> lines = new ArrayList<>();
  private final Path log;

  private NightlyChild(Process process, Path log) {
    this.process = process;
    this.log = log;
    this.follower = new Thread(this::follow, "nightly-child-" + process.pid());
    this.follower.setDaemon(true);
    this.follower.start();
  }

  /** Starts the nightly for {@code date} on {@code dataDir}; the child's standard error goes to {@code log}. */
  static NightlyChild start(Path dataDir, Path inbox, LocalDate date, Path log) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!arg.startsWith("-agentlib") && !arg.startsWith("-javaagent") && !arg.startsWith("-Xrunjdwp")) {
        cmd.add(arg);
      }
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), CreditCli.class.getName(),
        "nightly", "--date", date.toString(), "--data-dir", dataDir.toString(), "--inbox", inbox.toString(), "--json"));
    ProcessBuilder pb = new ProcessBuilder(cmd)
        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    // the child uses the embedded H2 database of its data directory, whatever this shell points at
    pb.environment().keySet().removeIf(k -> k.startsWith("CREDIT_DB") || k.equals("CREDIT_DATA_DIR")
        || k.equals("CREDIT_INBOX"));
    return new NightlyChild(pb.start(), log);
  }

  private void follow() {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        long now = System.nanoTime();
        copy.println("[stdout] " + line);
        copy.flush();
        synchronized (this) {
          lines.add(line);
          Matcher started = STARTED.matcher(line);
          Matcher ended = ENDED.matcher(line);
          if (started.matches()) {
            startedAt.put(started.group(1), now);
          } else if (ended.matches()) {
            endedAt.put(ended.group(1), now);
          }
          notifyAll();
        }
      }
    } catch (IOException e) {
      // the child died: its output ends here
    }
    synchronized (this) {
      notifyAll();
    }
  }

  /** Waits until {@code step} starts; false when the child ended (or the time ran out) first. */
  synchronized boolean awaitStart(String step, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (!startedAt.containsKey(step) && follower.isAlive()) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        return false;
      }
      wait(Math.min(left, 200));
    }
    return startedAt.containsKey(step);
  }

  /** The step running now: the last one started and not ended, or null. */
  synchronized String runningStep() {
    String running = null;
    for (String s : startedAt.keySet()) {
      if (!endedAt.containsKey(s)) {
        running = s;
      }
    }
    return running;
  }

  /** Milliseconds since {@code step} started (as seen on the child's output). */
  synchronized long millisInto(String step) {
    Long t = startedAt.get(step);
    return t == null ? -1 : (System.nanoTime() - t) / 1_000_000;
  }

  /** Duration of every step that ran to its end line, in milliseconds. */
  synchronized Map<String, Long> stepMillis() {
    Map<String, Long> out = new LinkedHashMap<>();
    startedAt.forEach((s, t) -> {
      Long end = endedAt.get(s);
      if (end != null) {
        out.put(s, (end - t) / 1_000_000);
      }
    });
    return out;
  }

  /** SIGKILL (on Linux, {@link Process#destroyForcibly()} sends SIGKILL): no shutdown hook, no clean-up. */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    return process.waitFor();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for the child's exit code; kills it and returns -1 after {@code timeoutSeconds}. */
  int await(long timeoutSeconds) throws InterruptedException {
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      kill();
      follower.join(5_000);
      return -1;
    }
    follower.join(5_000);
    return process.exitValue();
  }

  /** The last line of the child's output that says what went wrong ({@code error: …}), or its last line. */
  synchronized String lastMessage() throws IOException {
    List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).contains("error: ")) {
        return all.get(i).substring(all.get(i).indexOf("error: "));
      }
    }
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
