package io.credit.ingestion.validate;

import java.time.LocalDate;

/** A validated customer-master row; personal identifiers already replaced by keyed hashes. */
public record CustomerRecord(
    String customerId, String nationalIdHash, String phoneHash, LocalDate birthDate, String city, int cityTier,
    String deviceHash, boolean idVerified, boolean phoneVerified, LocalDate accountOpenDate,
    boolean consentScoring, boolean consentSharing, boolean fraudFlag, boolean amlFlag) {}
