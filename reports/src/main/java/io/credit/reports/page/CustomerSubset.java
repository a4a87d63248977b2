package io.credit.reports.page;

import io.credit.reports.ReportOptions;
import io.credit.reports.read.CustomerDecision;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which customers get a page, from the snapshot's credit-line decisions seen in customer-id order
 * (fed by {@link SnapshotPass}): the first {@code customersPerGroup} (by id) declined, sent to manual
 * review, and with an early-warning action (line reduced or frozen), plus a uniform random sample of
 * approvals (reservoir sampling, seeded by the snapshot id so a rerun picks the same customers).
 */
public final class CustomerSubset {
  public static final String DECLINED = "Declined";
  public static final String MANUAL = "Manual review";
  public static final String WARNING = "Early warning";
  public static final String APPROVED = "Approved (sample)";

  private final int perGroup;
  private final int approvalSample;
  private final Map<String, List<String>> groups = new HashMap<>();
  private final List<String> reservoir = new ArrayList<>();
  private final SplittableRandom random;
  private long approvedSeen;

  public CustomerSubset(ReportOptions options, long snapshotId) {
    this.perGroup = options.customersPerGroup();
    this.approvalSample = options.approvalSample();
    this.random = new SplittableRandom(snapshotId);
    for (String g : List.of(DECLINED, MANUAL, WARNING)) {
      groups.put(g, new ArrayList<>());
    }
  }

  /** The next credit-line decision, in customer-id order. */
  public void accept(CustomerDecision d) {
    String group = switch (d.decision()) {
      case "DECLINED" -> DECLINED;
      case "MANUAL_REVIEW" -> MANUAL;
      case "REDUCED", "FROZEN" -> WARNING;
      default -> null;
    };
    if (group != null) {
      List<String> members = groups.get(group);
      if (members.size() < perGroup) {
        members.add(d.customerId());
      }
    } else if ("APPROVED".equals(d.decision()) && approvalSample > 0) {
      approvedSeen++;
      if (reservoir.size() < approvalSample) {
        reservoir.add(d.customerId());
      } else {
        long j = random.nextLong(approvedSeen);
        if (j < approvalSample) {
          reservoir.set((int) j, d.customerId());
        }
      }
    }
  }

  /** Customer id → group, in group order then id order. */
  public Map<String, String> result() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String g : List.of(DECLINED, MANUAL, WARNING)) {
      groups.get(g).forEach(id -> out.putIfAbsent(id, g));
    }
    List<String> sample = new ArrayList<>(reservoir);
    Collections.sort(sample);
    sample.forEach(id -> out.putIfAbsent(id, APPROVED));
    return out;
  }
}
