package io.credit.ingestion.validate;

import java.time.LocalDate;
import java.util.function.Function;

/** Rules of {@code payments.csv}. */
public final class PaymentValidator implements RecordValidator<PaymentRecord> {
  private static final int ID = 0, STATEMENT = 1, CUSTOMER = 2, DATE = 3, AMOUNT = 4;

  /** Statement id → its customer id, or {@code null} when the statement is unknown. */
  private final Function<String, String> statementCustomer;

  private final ErasedCustomers erased;

  public PaymentValidator(Function<String, String> statementCustomer, ErasedCustomers erased) {
    this.statementCustomer = statementCustomer;
    this.erased = erased;
  }

  @Override
  public PaymentRecord validate(Fields f, LocalDate runDate) {
    RecordValidator.requirePresent(f, ID, STATEMENT, CUSTOMER, DATE, AMOUNT);
    String id = f.text(ID, 1, 40);
    String statement = f.text(STATEMENT, 1, 40);
    String customer = f.text(CUSTOMER, 1, 16);
    LocalDate date = f.date(DATE);
    long amount = f.cents(AMOUNT);
    if (amount <= 0) {
      throw new Reject(RuleCode.OUT_OF_RANGE, "amount must be > 0");
    }
    RecordValidator.requireRunDate("payment_date", date, runDate);
    erased.requireNotErased(customer);
    String owner = statementCustomer.apply(statement);
    if (owner == null) {
      throw new Reject(RuleCode.UNKNOWN_STATEMENT, "statement " + statement + " is not known");
    }
    if (!owner.equals(customer)) {
      throw new Reject(RuleCode.UNKNOWN_CUSTOMER, "customer " + customer + " is not the customer of statement " + statement);
    }
    return new PaymentRecord(id, statement, customer, date, amount);
  }
}
