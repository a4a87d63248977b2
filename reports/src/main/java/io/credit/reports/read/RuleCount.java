package io.credit.reports.read;

/** How many lines of a file one validation rule rejected. */
public record RuleCount(String fileName, String rule, long rejected) {}
