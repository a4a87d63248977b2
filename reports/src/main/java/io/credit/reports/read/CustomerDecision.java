package io.credit.reports.read;

/** A customer's decision on one product (for choosing who gets a page). */
public record CustomerDecision(String customerId, String decision) {}
