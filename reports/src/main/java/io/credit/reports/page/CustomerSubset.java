package io.credit.reports.page;

import io.credit.reports.ReportOptions;
import io.credit.reports.read.CustomerReads;
import io.credit.reports.read.Snapshot;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Which customers get a page: declines, manual reviews and early warnings (lines reduced or frozen),
 * first {@code customersPerGroup} of each by id, plus an evenly spread sample of approvals. A customer
 * in several groups is listed under the first (in that order).
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
    long s = snapshot.get().snapshotId();
    CustomerReads reads = jdbi.onDemand(CustomerReads.class);
    int n = options.customersPerGroup();
    reads.withDecision(s, "DECLINED", n).forEach(id -> out.putIfAbsent(id, DECLINED));
    reads.withDecision(s, "MANUAL_REVIEW", n).forEach(id -> out.putIfAbsent(id, MANUAL));
    int warned = 0;
    for (String decision : new String[] {"REDUCED", "FROZEN"}) {
      for (String id : reads.withDecision(s, decision, n)) {
        if (warned < n && out.putIfAbsent(id, WARNING) == null) {
          warned++;
        }
      }
    }
    if (options.approvalSample() > 0) {
      long approved = reads.countWithDecision(s, "APPROVED");
      long step = Math.max(1, approved / options.approvalSample());
      reads.approvedSample(s, step, options.approvalSample()).forEach(id -> out.putIfAbsent(id, APPROVED));
    }
    return out;
  }
}
