package io.credit.reports.read;

import java.math.BigDecimal;

/** One decision of a snapshot, as the single pass over the snapshot reads it. */
public record SnapshotDecision(String customerId, String product, String decision, BigDecimal creditLimit,
    BigDecimal depositWaived) {}
