package io.credit.lending;

import io.credit.core.cli.BadInputException;
import io.credit.lending.policy.LoadedPolicy;
import io.credit.lending.policy.Products;
import io.credit.lending.store.ApplicantReader;
import io.credit.lending.store.DiskSyncPacer;
import io.credit.lending.store.PolicyStore;
import io.credit.lending.store.SnapshotPublisher;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The eligibility step: decides credit-line and deposit-free-rental eligibility for every customer
 * scored on the run date and publishes the result as a new snapshot, atomically. Plain Java: the
 * {@code ./credit eligibility} command and the nightly job's tasklet both call {@link #run}.
 */
public final class EligibilityService {
  private static final Logger LOG = LoggerFactory.getLogger(EligibilityService.class);
  static final int CHUNK = 5_000;
  /**
   * How often a snapshot being written to an H2 file is synced to disk ({@link DiskSyncPacer}): small,
   * even writes instead of the kernel's bursts of gigabytes beside the API.
   */
  public static final Duration DEFAULT_DISK_SYNC = Duration.ofSeconds(1);

  private final Jdbi jdbi;
  private final InflowSource inflow;
  private final Clock clock;
  private final int writers;
  private final Duration diskSync;

  public EligibilityService(Jdbi jdbi, InflowSource inflow, Clock clock) {
    this(jdbi, inflow, clock, 2, DEFAULT_DISK_SYNC);
  }

  /**
   * @param writers threads writing chunks of the new snapshot in parallel (at least 1)
   * @param diskSync on an H2 file database, how often the snapshot being written is synced to disk;
   *     zero or null: never, the operating system decides
   */
  public EligibilityService(Jdbi jdbi, InflowSource inflow, Clock clock, int writers, Duration diskSync) {
    this.jdbi = jdbi;
    this.inflow = inflow;
    this.clock = clock;
    this.writers = Math.max(1, writers);
    this.diskSync = diskSync;
  }

  /** Decides and publishes eligibility for every customer scored on {@code date}. */
  public RunSummary run(LocalDate date, LoadedPolicy policy, String actor) {
    return run(date, policy, actor, null);
  }

  /**
   * {@link #run(LocalDate, LoadedPolicy, String)}; when the policy version is new, {@code policyReason}
   * (why it was introduced, e.g. the change ticket; may be null) goes to {@code audit_log} with it.
   */
  public RunSummary run(LocalDate date, LoadedPolicy policy, String actor, String policyReason) {
    ApplicantReader reader = new ApplicantReader(jdbi);
    if (reader.countScores(date) == 0) {
      throw new BadInputException("no scores for " + date + ": run the scoring step for that date first "
          + "(./credit score --date " + date + ")");
    }
    Map<String, LocalDate> overdue = reader.overdueSince(date, policy.policy().gates().delinquencyGraceDays());
    Map<String, BigDecimal> inflows = inflow.monthlyInflow(date);
    new PolicyStore(jdbi, clock).record(policy, actor, policyReason);
    return publish(date, policy, actor, sink -> reader.forEachApplicant(date, overdue, inflows, sink));
  }

  /**
   * Decides for the applicants a source feeds and publishes them as one new snapshot. Used by
   * {@link #run} and by the serving benchmark (synthetic applicants).
   */
  @SuppressWarnings("unchecked")
  public RunSummary publish(LocalDate date, LoadedPolicy policy, String actor,
      Consumer<Consumer<ApplicantFacts>> applicants) {
    new PolicyStore(jdbi, clock).record(policy, actor);
    Map<String, PreviousLine> previous = previousLines(date);
    EligibilityEngine engine = new EligibilityEngine(policy.policy(), date);
    SnapshotPublisher publisher = new SnapshotPublisher(jdbi, clock);
    long snapshot = publisher.begin(date, policy.version());
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    int[] customers = {0};
    int[] decisions = {0};
    ChunkWriters out = new ChunkWriters(writers, chunk -> publisher.write(snapshot, chunk, actor));
    List<Decision>[] chunk = new List[] {new ArrayList<>(CHUNK + 8)};
    try (DiskSyncPacer pacer = DiskSyncPacer.start(jdbi, diskSync)) {
      applicants.accept(facts -> {
        customers[0]++;
        for (Decision d : engine.decide(facts, previous.get(facts.customerId()))) {
          chunk[0].add(d);
          counts.computeIfAbsent(d.product(), k -> new TreeMap<>()).merge(d.decision().name(), 1, Integer::sum);
        }
        if (chunk[0].size() >= CHUNK) {
          decisions[0] += chunk[0].size();
          out.submit(chunk[0]);
          chunk[0] = new ArrayList<>(CHUNK + 8);
        }
      });
      decisions[0] += chunk[0].size();
      out.submit(chunk[0]);
      out.finish();
      publisher.publish(snapshot, customers[0], decisions[0], actor);
    } catch (RuntimeException e) {
      out.abort();
      publisher.fail(snapshot);
      throw e;
    }
    LOG.info("eligibility {}: snapshot {} published, {} customers, {} decisions, policy {}", date, snapshot,
        customers[0], decisions[0], policy.version());
    return new RunSummary(snapshot, date, policy.version(), customers[0], decisions[0], counts);
  }

  /** Credit lines of the last snapshot published for an earlier run date (early warning compares with it). */
  Map<String, PreviousLine> previousLines(LocalDate date) {
    Map<String, PreviousLine> out = new HashMap<>();
    jdbi.useHandle(h -> h.createQuery("select customer_id, score, credit_limit from eligibility "
            + "where product = :p and snapshot_id = (select max(snapshot_id) from eligibility_snapshots "
            + "where status = 'PUBLISHED' and run_date < :d)")
        .bind("p", Products.CREDIT_LINE).bind("d", date).setFetchSize(10_000)
        .map((rs, ctx) -> {
          int score = rs.getInt("score");
          Integer s = rs.wasNull() ? null : score;
          BigDecimal limit = rs.getBigDecimal("credit_limit");
          out.put(rs.getString("customer_id"), new PreviousLine(s, limit == null ? BigDecimal.ZERO : limit));
          return 1;
        }).forEach(x -> { }));
    return out;
  }
}
