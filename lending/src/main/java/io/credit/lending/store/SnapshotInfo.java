package io.credit.lending.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One eligibility run's snapshot: {@code BUILDING}, {@code PUBLISHED} or {@code FAILED}. */
public record SnapshotInfo(long snapshotId, LocalDate runDate, String policyVersion, String status, int customers,
    int decisions, LocalDateTime createdAt, LocalDateTime publishedAt) {}
