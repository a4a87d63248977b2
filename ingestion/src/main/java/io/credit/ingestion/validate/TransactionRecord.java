package io.credit.ingestion.validate;

import java.time.LocalDateTime;

/** A validated wallet transaction, as stored in the lake; amounts in cents. */
public record TransactionRecord(
    String txnId, String customerId, LocalDateTime txnTime, long amountCents, String direction, String txnType,
    String category, String counterpartyId, String channel, Long balanceAfterCents) {}
