package io.credit.reports.read;

import java.time.LocalDate;

/**
 * The non-identifying attributes of a customer the reports may show (no name, national id, phone,
 * city name or device: only what a credit officer needs to read a decision).
 */
public record CustomerFacts(String customerId, LocalDate birthDate, Integer cityTier, Boolean idVerified,
    Boolean phoneVerified, LocalDate accountOpenDate, Boolean consentScoring, Boolean fraudFlag, Boolean amlFlag) {}
