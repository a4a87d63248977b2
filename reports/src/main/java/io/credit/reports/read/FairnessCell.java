package io.credit.reports.read;

/** Credit-line customers of one age band and city tier: how many, approved, and bad. */
public record FairnessCell(String ageBand, Integer cityTier, long customers, long approved, long bads) {}
