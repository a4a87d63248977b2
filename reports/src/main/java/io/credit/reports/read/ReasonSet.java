package io.credit.reports.read;

/** Scored customers of one date who were given the same four reason codes. */
public record ReasonSet(String reason1, String reason2, String reason3, String reason4, long n) {}
