package io.credit.reports.read;

/** A count per label (a band, a status, a reason, a histogram bin). */
public record KeyCount(String label, long n) {}
