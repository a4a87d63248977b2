package io.credit.ingestion.validate;

import java.time.LocalDate;

/** A validated payment of the repayment ledger; amount in cents. */
public record PaymentRecord(String paymentId, String statementId, String customerId, LocalDate paymentDate,
    long amountCents) {}
