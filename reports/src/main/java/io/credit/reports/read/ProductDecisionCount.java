package io.credit.reports.read;

import java.math.BigDecimal;

/** Decisions of one kind for one product in a snapshot, with the amounts offered. */
public record ProductDecisionCount(String product, String decision, long n, BigDecimal creditLimit,
    BigDecimal depositWaived) {}
