package io.credit.reports.read;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A published eligibility snapshot. */
public record Snapshot(long snapshotId, LocalDate runDate, String policyVersion, int customers, int decisions,
    LocalDateTime publishedAt) {}
