package io.credit.lending.policy;

/**
 * Checks every customer must pass before any offer.
 *
 * @param minAge                minimum age in whole years at the run date (at least 18)
 * @param delinquencyGraceDays  days after a due date before an unpaid statement counts as delinquent
 */
public record Gates(Integer minAge, Integer delinquencyGraceDays) {}
