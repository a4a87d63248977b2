package io.credit.reports.read;

/** Credit-line decisions and repayment outcome of one group of customers (an age band or a city tier). */
public record GroupOutcome(String grp, long customers, long approved, long bads) {}
