package io.credit.ingestion.validate;

import java.time.LocalDate;
import java.util.Set;

/** Rules of {@code statements.csv}. */
public final class StatementValidator implements RecordValidator<StatementRecord> {
  private static final Set<String> PRODUCTS = Set.of("CREDIT_LINE", "INSTALMENT_LOAN");
  private static final int ID = 0, CUSTOMER = 1, PRODUCT = 2, DATE = 3, DUE = 4, AMOUNT_DUE = 5, LIMIT = 6;

  private final KnownCustomers customers;
  private final ErasedCustomers erased;

  public StatementValidator(KnownCustomers customers, ErasedCustomers erased) {
    this.customers = customers;
    this.erased = erased;
  }

  @Override
  public StatementRecord validate(Fields f, LocalDate runDate) {
    RecordValidator.requirePresent(f, ID, CUSTOMER, PRODUCT, DATE, DUE, AMOUNT_DUE, LIMIT);
    String id = f.text(ID, 1, 40);
    String customer = f.text(CUSTOMER, 1, 16);
    String product = f.code(PRODUCT, PRODUCTS);
    LocalDate date = f.date(DATE);
    LocalDate due = f.date(DUE);
    long amountDue = f.cents(AMOUNT_DUE);
    long limit = f.cents(LIMIT);
    if (amountDue < 0) {
      throw new Reject(RuleCode.OUT_OF_RANGE, "amount_due must be ≥ 0");
    }
    if (limit < 0) {
      throw new Reject(RuleCode.OUT_OF_RANGE, "credit_limit must be ≥ 0");
    }
    if (!due.isAfter(date)) {
      throw new Reject(RuleCode.OUT_OF_RANGE, "due_date " + due + " must be after statement_date " + date);
    }
    RecordValidator.requireRunDate("statement_date", date, runDate);
    erased.requireNotErased(customer);
    if (!customers.contains(customer)) {
      throw new Reject(RuleCode.UNKNOWN_CUSTOMER, "customer " + customer + " is not known");
    }
    return new StatementRecord(id, customer, product, date, due, amountDue, limit);
  }
}
