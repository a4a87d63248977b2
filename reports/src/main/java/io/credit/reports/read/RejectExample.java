package io.credit.reports.read;

/** A rejected line as ingestion stored it: personal fields already masked in {@code rawMasked}. */
public record RejectExample(String fileName, long lineNumber, String rule, String message, String rawMasked) {}
