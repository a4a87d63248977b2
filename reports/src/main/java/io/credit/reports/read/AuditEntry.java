package io.credit.reports.read;

import java.time.LocalDateTime;

/** One entry of the append-only {@code audit_log}. */
public record AuditEntry(LocalDateTime atTime, String actor, String action, String subject, String details) {}
