package io.credit.lending.policy;

import java.math.BigDecimal;

/**
 * Deposit-free rental in one category: a score of {@code minScore} or more rents without a deposit
 * of up to {@code maxDepositWaived}.
 *
 * @param category         e.g. APARTMENT, CAR, BIKE, POWER_BANK, HOTEL (upper case, digits, underscore)
 * @param label            plain-language name used in reasons, with its article (e.g. "an apartment")
 * @param minScore         score cut-off (inclusive)
 * @param maxDepositWaived the largest deposit waived
 */
public record RentalCategory(String category, String label, Integer minScore, BigDecimal maxDepositWaived) {}
