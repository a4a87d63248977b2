package io.credit.ingestion.validate;

import java.time.LocalDate;

/** A validated statement of the repayment ledger; amounts in cents. */
public record StatementRecord(
    String statementId, String customerId, String product, LocalDate statementDate, LocalDate dueDate,
    long amountDueCents, long creditLimitCents) {}
