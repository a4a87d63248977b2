package io.credit.app.faults;

import io.credit.core.cli.JsonOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./credit bench faults}: the fault-injection suite of the nightly job on a small generated
 * population in a scratch folder (never touches your data). Exit 0 when every trial keeps every invariant.
 */
@Command(name = "faults", mixinStandardHelpOptions = true,
    description = {"Fault injection: kill the nightly job (SIGKILL) at seeded points in every step, restart it, "
        + "and check the tables, the lake, the eligibility snapshot, the decision audit, the job repository and the "
        + "report against a clean run; then fill the disk under it (root: a tmpfs) and check it fails cleanly and "
        + "a restart completes.",
        "Runs in a scratch folder (default: a new temporary folder, kept); never touches your data."})
public class FaultsBenchCommand implements Callable<Integer> {
  @Option(names = "--trials", defaultValue = "20", description = "Kill trials, round-robin over the five steps (default: ${DEFAULT-VALUE}).")
  int trials;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the population and of the kill points (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--customers", defaultValue = "500", description = "Population size, at least 500 (default: ${DEFAULT-VALUE}).")
  int customers;

  @Option(names = "--months", defaultValue = "12", description = "Months of history, at least 9; with 500 customers, 9 months leave too few defaults to train on (default: ${DEFAULT-VALUE}).")
  int months;

  @Option(names = "--work-dir", paramLabel = "DIR",
      description = "Scratch folder; a prepared population left there by an earlier run is reused (default: a new temporary folder).")
  Path workDir;

  @Option(names = "--disk-full", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Run the disk-full scenario (needs root to mount a tmpfs; --no-disk-full skips it; default: yes).")
  boolean diskFull;

  @Mixin
  JsonOption json;

  @Override
  public Integer call() throws Exception {
    Path dir = workDir != null ? workDir : Files.createTempDirectory("credit-bench-faults");
    FaultSettings settings = new FaultSettings(trials, seed, customers, months, dir, diskFull);
    System.out.println("fault injection in " + dir.toAbsolutePath() + " (logs under logs/)");
    FaultSuite.Report report = new FaultSuite(settings, System.out).run();
    Map<String, Object> summary = summary(report);
    System.out.printf("summary: %d of %d kill trials passed, steps killed in %s, %d invariants per trial; "
            + "disk full: %s; %.0f s%n", summary.get("trialsPassed"), report.trials().size(), summary.get("stepsKilled"),
        Invariants.NAMES.size() + 1, summary.get("diskFull"), report.seconds());
    json.print(System.out, summary);
    return Boolean.TRUE.equals(summary.get("ok")) ? 0 : 1;
  }

  static Map<String, Object> summary(FaultSuite.Report report) {
    Map<String, Integer> killedIn = new TreeMap<>();
    List<Map<String, Object>> trials = new ArrayList<>();
    long passed = 0;
    for (TrialResult r : report.trials()) {
      killedIn.merge(r.killedIn(), 1, Integer::sum);
      passed += r.passed() ? 1 : 0;
      trials.add(trialJson(r));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("command", "bench faults");
    out.put("date", report.date().toString());
    out.put("trials", report.trials().size());
    out.put("trialsPassed", passed);
    out.put("stepsKilled", killedIn);
    out.put("stepsNotHit", new TreeSet<>(KillPoint.STEPS).stream().filter(s -> !killedIn.containsKey(s)).toList());
    out.put("invariants", Invariants.NAMES);
    out.put("cleanStepMillis", report.baseline().stepMillis());
    String disk = report.diskFull() == null ? "not run"
        : report.diskFull().invariants().isEmpty() ? report.diskFull().note()
        : report.diskFull().passed() ? "PASS" : "FAIL " + report.diskFull().failedInvariants();
    out.put("diskFull", disk);
    out.put("trialResults", trials);
    if (report.diskFull() != null) {
      out.put("diskFullResult", trialJson(report.diskFull()));
    }
    boolean diskOk = report.diskFull() == null || report.diskFull().invariants().isEmpty() || report.diskFull().passed();
    out.put("ok", passed == report.trials().size() && diskOk);
    out.put("seconds", Math.round(report.seconds()));
    return out;
  }

  private static Map<String, Object> trialJson(TrialResult r) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("trial", r.trial());
    t.put("fault", r.fault());
    t.put("target", r.targetStep());
    t.put("killedIn", r.killedIn());
    t.put("offsetMillis", r.offsetMillis());
    t.put("restarts", r.restarts());
    t.put("exitCodes", r.restartExitCodes());
    t.put("passed", r.passed());
    t.put("failed", r.failedInvariants());
    t.put("note", r.note());
    return t;
  }
}
