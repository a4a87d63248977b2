package io.credit.reports.page;

import io.credit.reports.ReportOptions;
import io.credit.reports.read.CustomerDecision;
import io.credit.reports.read.CustomerReads;
import io.credit.reports.read.Snapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * Which customers get a page, from the snapshot's credit-line decisions in one pass: the first
 * {@code customersPerGroup} (by id) declined, sent to manual review, and with an early-warning action
 * (line reduced or frozen), plus a uniform random sample of approvals (reservoir sampling, seeded by the
 * snapshot id so a rerun picks the same customers).
 */
public final class CustomerSubset {
  public static final String DECLINED = "Declined";
  public static final String MANUAL = "Manual review";
  public static final String WARNING = "Early warning";
  public static final String APPROVED = "Approved (sample)";

  private CustomerSubset() {}

  /** Customer id → group, in group order then id order; empty without a snapshot. */
  public static Map<String, String> select(Jdbi jdbi, Optional<Snapshot> snapshot, ReportOptions options) {
    Map<String, String> out = new LinkedHashMap<>();
    if (snapshot.isEmpty()) {
      return out;
    }
    int n = options.customersPerGroup();
    Map<String, List<String>> groups = new HashMap<>();
    for (String g : List.of(DECLINED, MANUAL, WARNING)) {
      groups.put(g, new ArrayList<>());
    }
    List<String> reservoir = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(snapshot.get().snapshotId());
    long[] approvedSeen = {0};
    jdbi.useExtension(CustomerReads.class, reads -> {
      try (Stream<CustomerDecision> rows = reads.creditLineDecisions(snapshot.get().snapshotId())) {
        rows.forEach(d -> {
          String group = switch (d.decision()) {
            case "DECLINED" -> DECLINED;
            case "MANUAL_REVIEW" -> MANUAL;
            case "REDUCED", "FROZEN" -> WARNING;
            default -> null;
          };
          if (group != null) {
            List<String> members = groups.get(group);
            if (members.size() < n) {
              members.add(d.customerId());
            }
          } else if ("APPROVED".equals(d.decision()) && options.approvalSample() > 0) {
            approvedSeen[0]++;
            if (reservoir.size() < options.approvalSample()) {
              reservoir.add(d.customerId());
            } else {
              long j = random.nextLong(approvedSeen[0]);
              if (j < options.approvalSample()) {
                reservoir.set((int) j, d.customerId());
              }
            }
          }
        });
      }
    });
    for (String g : List.of(DECLINED, MANUAL, WARNING)) {
      groups.get(g).forEach(id -> out.putIfAbsent(id, g));
    }
    Collections.sort(reservoir);
    reservoir.forEach(id -> out.putIfAbsent(id, APPROVED));
    return out;
  }
}
