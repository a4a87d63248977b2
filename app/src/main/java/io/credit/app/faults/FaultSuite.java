package io.credit.app.faults;

import io.credit.app.demo.DemoRun;
import io.credit.app.demo.DemoSettings;
import io.credit.core.config.PlatformConfig;
import io.credit.core.spark.SparkSessions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.SparkSession;

/**
 * The fault-injection suite. Prepares a small population once (the demo's stages 1 to 3, then the
 * nightly job for the day before the trial date, so the trial's nightly is the ordinary incremental
 * one), runs a clean nightly for the last date on a copy (the baseline), then per trial: a fresh copy,
 * the real nightly command in a child JVM, SIGKILL at a seeded point inside the target step, restarts in
 * new child JVMs until the command succeeds, and every invariant against the baseline. Finally the
 * disk-full scenario ({@link DiskFullScenario}).
 */
final class FaultSuite {
  /** A child that runs longer than this is stuck (the clean nightly of the small population takes a minute or two). */
  static final long CHILD_TIMEOUT_SECONDS = 20 * 60;
  /** Restarts a trial may need; more means the platform does not recover. */
  static final int MAX_RESTARTS = 4;

  private final FaultSettings settings;
  private final PrintStream out;
  private final Path work;
  private final Path inbox;
  private final Path prepared;
  private final Path logs;
  private final DemoSettings population;
  private final LocalDate date;

  FaultSuite(FaultSettings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
    this.work = settings.workDir().toAbsolutePath().normalize();
    this.inbox = work.resolve("inbox");
    this.prepared = work.resolve("prepared");
    this.logs = work.resolve("logs");
    LocalDate from = LocalDate.of(2025, 1, 1);
    this.population = new DemoSettings(settings.customers(), from, from.plusMonths(settings.months()).minusDays(1),
        settings.seed());
    this.date = population.to();
  }

  record Baseline(PlatformState state, Map<String, Long> stepMillis, long growthBytes) {}

  record Report(LocalDate date, Baseline baseline, List<TrialResult> trials, TrialResult diskFull, double seconds) {}

  Report run() throws IOException, InterruptedException, SQLException {
    long t0 = System.nanoTime();
    Files.createDirectories(logs);
    prepare();
    SparkSession spark = SparkSessions.getOrCreate(PlatformConfig.defaults().withDataDir(prepared), "credit-faults");
    Baseline baseline = baseline(spark);
    out.printf("baseline: nightly %s on a copy, steps %s ms; %d tables, %d rows%n", date, baseline.stepMillis(),
        baseline.state().tables().size(), baseline.state().tables().values().stream().mapToInt(List::size).sum());
    Random random = new Random(settings.seed());
    List<TrialResult> trials = new ArrayList<>();
    for (int i = 0; i < settings.trials(); i++) {
      KillPoint point = KillPoint.plan(i, random, baseline.stepMillis());
      TrialResult r = killTrial(i + 1, point, baseline.state(), spark);
      trials.add(r);
      out.println(line(r));
    }
    TrialResult diskFull = null;
    if (settings.diskFull()) {
      diskFull = new DiskFullScenario(this, baseline, spark).run(settings.trials() + 1);
      out.println(line(diskFull));
    }
    return new Report(date, baseline, trials, diskFull, (System.nanoTime() - t0) / 1e9);
  }

  /** The prepared population, made once per work folder (reused by later runs of the suite, resumed when interrupted). */
  private void prepare() throws IOException, InterruptedException {
    if (Files.exists(work.resolve("prepared.ready"))) {
      out.println("prepare: reusing " + prepared);
      return;
    }
    // an interrupted preparation is resumed: the demo's stages reuse what is there, the nightly restarts
    Path building = work.resolve("preparing");
    DataDirs.delete(prepared);
    PlatformConfig config = PlatformConfig.defaults().withDataDir(building).withInboxDir(inbox);
    out.printf("prepare: %d customers over %d months (seed %d): generate, ingest history, train and promote%n",
        settings.customers(), settings.months(), settings.seed());
    new DemoRun(config, population, new PrintStream(System.err, true)).prepare();
    out.println("prepare: the nightly job for " + date.minusDays(1) + " (yesterday's run)");
    try (NightlyChild child = NightlyChild.start(building, inbox, date.minusDays(1), logs.resolve("prepare-nightly.log"))) {
      int code = child.await(CHILD_TIMEOUT_SECONDS);
      if (code != 0) {
        throw new IllegalStateException("the nightly for " + date.minusDays(1) + " failed (exit " + code + "): "
            + child.lastMessage() + " (log " + logs.resolve("prepare-nightly.log") + ")");
      }
    }
    Files.move(building, prepared, StandardCopyOption.ATOMIC_MOVE);
    Files.writeString(work.resolve("prepared.ready"), date + "\n");
  }

  private Baseline baseline(SparkSession spark) throws IOException, InterruptedException, SQLException {
    Path clean = fresh("clean");
    Map<String, Long> steps;
    try (NightlyChild child = NightlyChild.start(clean, inbox, date, logs.resolve("clean.log"))) {
      int code = child.await(CHILD_TIMEOUT_SECONDS);
      if (code != 0) {
        throw new IllegalStateException("the clean nightly for " + date + " failed (exit " + code + "): "
            + child.lastMessage());
      }
      steps = child.stepMillis();
    }
    PlatformState state = PlatformState.capture(clean, inbox, date, spark);
    // the clean run must satisfy every invariant it is the reference for, or a trial's verdict means nothing
    List<String> broken = Invariants.check(state, state, date).stream().filter(i -> !i.holds())
        .map(i -> i.name() + ": " + i.detail()).toList();
    if (!broken.isEmpty()) {
      throw new IllegalStateException("the clean nightly for " + date + " breaks invariants: " + broken);
    }
    return new Baseline(state, steps, DataDirs.blockBytes(clean) - DataDirs.blockBytes(prepared));
  }

  private TrialResult killTrial(int trial, KillPoint point, PlatformState clean, SparkSession spark)
      throws IOException, InterruptedException, SQLException {
    Path dir = fresh("trial-" + trial);
    String killedIn;
    long offset;
    try (NightlyChild child = NightlyChild.start(dir, inbox, date, logs.resolve("trial-" + trial + "-killed.log"))) {
      if (child.awaitStart(point.step(), CHILD_TIMEOUT_SECONDS * 1000)) {
        Thread.sleep(Math.max(0, point.offsetMillis() - child.millisInto(point.step())));
      }
      String running = child.runningStep();
      offset = child.millisInto(point.step());
      if (child.isAlive()) {
        killedIn = running == null ? "between-steps" : running;
        int code = child.kill();
        if (code != 137) {
          killedIn = "none (exit " + code + " before the kill)";
        }
      } else {
        killedIn = "none (finished first)";
      }
    }
    TrialResult r = restartAndCheck(trial, "SIGKILL", point.step(), killedIn, offset, dir, clean, spark, "");
    if (r.passed()) {
      DataDirs.delete(dir);
    }
    return r;
  }

  /** Reruns the nightly command in new child JVMs until it succeeds, then checks every invariant. */
  TrialResult restartAndCheck(int trial, String fault, String target, String killedIn, long offset, Path dir,
      PlatformState clean, SparkSession spark, String note) throws IOException, InterruptedException, SQLException {
    List<Integer> codes = new ArrayList<>();
    for (int attempt = 1; attempt <= MAX_RESTARTS; attempt++) {
      Path log = logs.resolve("trial-" + trial + "-restart-" + attempt + ".log");
      try (NightlyChild child = NightlyChild.start(dir, inbox, date, log)) {
        int code = child.await(CHILD_TIMEOUT_SECONDS);
        codes.add(code);
        if (code == 0) {
          break;
        }
        note = (note.isEmpty() ? "" : note + "; ") + "restart " + attempt + " exit " + code + ": " + child.lastMessage();
      }
    }
    if (codes.get(codes.size() - 1) != 0) {
      return new TrialResult(trial, fault, target, killedIn, offset, codes.size(), codes,
          List.of(new InvariantResult("restart-completes", false, note)), note);
    }
    List<InvariantResult> checks = new ArrayList<>();
    checks.add(new InvariantResult("restart-completes", true, codes.size() + " restart(s), exit codes " + codes));
    checks.addAll(Invariants.check(clean, PlatformState.capture(dir, inbox, date, spark), date));
    return new TrialResult(trial, fault, target, killedIn, offset, codes.size(), codes, checks, note);
  }

  /** A new copy of the prepared state, taken while no process has it open. */
  Path fresh(String name) throws IOException {
    Path dir = work.resolve(name);
    DataDirs.delete(dir);
    DataDirs.copy(prepared, dir);
    return dir;
  }

  Path work() {
    return work;
  }

  Path prepared() {
    return prepared;
  }

  Path inbox() {
    return inbox;
  }

  Path logs() {
    return logs;
  }

  LocalDate date() {
    return date;
  }

  static String line(TrialResult r) {
    String verdict = r.passed() ? "PASS" : "FAIL " + r.failedInvariants();
    StringBuilder sb = new StringBuilder(String.format("trial %2d %-9s target %-11s killed in %-11s at +%,6d ms, "
        + "restarts %d %s: %s", r.trial(), r.fault(), r.targetStep(), r.killedIn(), r.offsetMillis(), r.restarts(),
        r.restartExitCodes(), verdict));
    for (InvariantResult i : r.invariants()) {
      if (!i.holds()) {
        sb.append("\n    ").append(i.name()).append(": ").append(i.detail());
      }
    }
    if (!r.note().isEmpty()) {
      sb.append("\n    note: ").append(r.note());
    }
    return sb.toString();
  }
}
