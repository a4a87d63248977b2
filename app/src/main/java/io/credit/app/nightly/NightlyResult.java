package io.credit.app.nightly;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What {@code ./credit nightly} did for a date.
 *
 * @param outcome  COMPLETED, ALREADY_DONE, FAILED, DATABASE_UNAVAILABLE (failed because the database went
 *                 away: exit code 5) or LOCKED
 * @param steps    per step: name, status, seconds and what it reported
 * @param message  why it failed, or a note
 * @param badInput whether a failure is due to the input (exit code 3) rather than a fault (1)
 */
public record NightlyResult(LocalDate date, Outcome outcome, List<Map<String, Object>> steps, String message,
    boolean badInput, String reportIndex, double seconds) {

  public enum Outcome { COMPLETED, ALREADY_DONE, FAILED, DATABASE_UNAVAILABLE, LOCKED }
}
