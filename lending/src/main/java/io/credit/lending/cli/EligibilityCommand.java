package io.credit.lending.cli;

import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.spark.SparkSessions;
import io.credit.lending.EligibilityService;
import io.credit.lending.LakeInflowSource;
import io.credit.lending.RunSummary;
import io.credit.lending.policy.LoadedPolicy;
import io.credit.lending.policy.PolicyLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit eligibility --date D}: decide and publish eligibility for every customer scored on D. */
@Command(name = "eligibility", mixinStandardHelpOptions = true,
    description = "Decide credit-line and deposit-free-rental eligibility for every customer scored on a date "
        + "and publish it atomically as the current snapshot.")
public class EligibilityCommand implements Callable<Integer> {
  @Mixin
  PlatformOptions platform;
  @Mixin
  JsonOption json;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Business date of the scores.")
  String date;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "Policy file (YAML, or JSON); default: the shipped policy (lending/README.md).")
  Path policy;

  @Option(names = "--check-policy", description = "Only load and validate the policy, then stop.")
  boolean checkOnly;

  @Option(names = "--actor", paramLabel = "NAME", defaultValue = "${sys:user.name}",
      description = "Who runs it, for the audit log (default: the user name).")
  String actor;

  @Option(names = "--reason", paramLabel = "TEXT",
      description = "Why a new policy version is introduced (e.g. the change ticket); recorded in the audit log "
          + "with who and when the first time the version is used.")
  String reason;

  @Override
  public Integer call() {
    LocalDate day = DateOption.parse("--date", date);
    LoadedPolicy loaded = PolicyLoader.load(policy);
    if (checkOnly) {
      System.out.println("policy " + loaded.version() + " is valid (sha256 " + loaded.sha256() + ")");
      json.print(System.out, Map.of("policy_version", loaded.version(), "sha256", loaded.sha256()));
      return 0;
    }
    PlatformConfig config = platform.toConfig();
    try (Database db = Database.open(config)) {
      EligibilityService service = new EligibilityService(db.jdbi(),
          new LakeInflowSource(() -> SparkSessions.getOrCreate(config, "eligibility"), config.lakeDir()),
          Clock.systemUTC());
      RunSummary run = service.run(day, loaded, actor, reason);
      System.out.printf("eligibility %s: snapshot %d published (policy %s): %d customers, %d decisions%n",
          run.runDate(), run.snapshotId(), run.policyVersion(), run.customers(), run.decisions());
      run.counts().forEach((product, counts) -> System.out.println("  " + product + ": " + counts));
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("snapshot_id", run.snapshotId());
      summary.put("run_date", run.runDate().toString());
      summary.put("policy_version", run.policyVersion());
      summary.put("customers", run.customers());
      summary.put("decisions", run.decisions());
      summary.put("counts", run.counts());
      json.print(System.out, summary);
      return 0;
    }
  }
}
