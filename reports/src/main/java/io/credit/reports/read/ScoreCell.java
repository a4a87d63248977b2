package io.credit.reports.read;

/** Customers of one date with the same status, band and score: the whole distribution in ≤ 610 rows. */
public record ScoreCell(String status, String band, Integer score, long n) {}
