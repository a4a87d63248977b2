package io.credit.ingestion.validate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/** Rules of {@code transactions.csv} (duplicates are found later, against the file and the lake). */
public final class TransactionValidator implements RecordValidator<TransactionRecord> {
  public static final Set<String> DIRECTIONS = Set.of("DEBIT", "CREDIT");
  public static final Set<String> CREDIT_TYPES = Set.of("SALARY", "OTHER_INCOME", "REFUND", "TRANSFER_IN");
  public static final Set<String> DEBIT_TYPES =
      Set.of("PURCHASE", "CASH_WITHDRAWAL", "TRANSFER_OUT", "BILL_PAYMENT", "LOAN_REPAYMENT");
  public static final Set<String> CATEGORIES = Set.of("GROCERY", "DINING", "TRANSPORT", "UTILITIES", "TELECOM",
      "HEALTH", "EDUCATION", "FASHION", "ELECTRONICS", "TRAVEL", "ENTERTAINMENT", "LUXURY", "GAMBLING", "LOTTERY",
      "CRYPTO", "OTHER");
  public static final Set<String> CHANNELS = Set.of("APP", "POS", "ONLINE", "ATM");
  /** The counterparty id that stands for an erased customer. */
  public static final String ERASED_COUNTERPARTY = "ERASED";
  private static final Set<String> TYPES;
  private static final long MAX_AMOUNT_CENTS = 1_000_000_00L;
  private static final int ID = 0, CUSTOMER = 1, TIME = 2, AMOUNT = 3, DIRECTION = 4, TYPE = 5, CATEGORY = 6,
      COUNTERPARTY = 7, CHANNEL = 8, BALANCE = 9;

  static {
    java.util.HashSet<String> all = new java.util.HashSet<>(CREDIT_TYPES);
    all.addAll(DEBIT_TYPES);
    TYPES = Set.copyOf(all);
  }

  private final KnownCustomers customers;
  private final ErasedCustomers erased;

  /**
   * @param erased customers erased on a data-subject request: their own transactions are rejected
   *               ({@link RuleCode#ERASED_SUBJECT}); as another customer's counterparty they are
   *               stored as {@value #ERASED_COUNTERPARTY}, as the erasure did to the stored ones
   */
  public TransactionValidator(KnownCustomers customers, ErasedCustomers erased) {
    this.customers = customers;
    this.erased = erased;
  }

  @Override
  public TransactionRecord validate(Fields f, LocalDate runDate) {
    RecordValidator.requirePresent(f, ID, CUSTOMER, TIME, AMOUNT, DIRECTION, TYPE, CHANNEL);
    String id = f.text(ID, 1, 40);
    String customer = f.text(CUSTOMER, 1, 16);
    LocalDateTime time = f.timestamp(TIME);
    long amount = f.cents(AMOUNT);
    if (amount <= 0 || amount > MAX_AMOUNT_CENTS) {
      throw new Reject(RuleCode.OUT_OF_RANGE, "amount must be > 0 and ≤ 1,000,000");
    }
    String direction = f.code(DIRECTION, DIRECTIONS);
    String type = f.code(TYPE, TYPES);
    if (!(direction.equals("CREDIT") ? CREDIT_TYPES : DEBIT_TYPES).contains(type)) {
      throw new Reject(RuleCode.BAD_CODE, "txn_type " + type + " does not agree with direction " + direction);
    }
    String category = null;
    if (type.equals("PURCHASE")) {
      category = f.code(CATEGORY, CATEGORIES);
    } else if (!f.isEmpty(CATEGORY)) {
      throw new Reject(RuleCode.BAD_CODE, "category must be empty for txn_type " + type);
    }
    String counterparty = null;
    if (type.equals("TRANSFER_OUT") || type.equals("TRANSFER_IN")) {
      counterparty = f.text(COUNTERPARTY, 1, 40);
    } else if (!f.isEmpty(COUNTERPARTY)) {
      throw new Reject(RuleCode.BAD_CODE, "counterparty_id must be empty for txn_type " + type);
    }
    String channel = f.code(CHANNEL, CHANNELS);
    Long balance = f.optionalCents(BALANCE);
    if (balance != null && balance < 0) {
      throw new Reject(RuleCode.OUT_OF_RANGE, "balance_after must be ≥ 0");
    }
    RecordValidator.requireRunDate("txn_time", time.toLocalDate(), runDate);
    erased.requireNotErased(customer);
    if (!customers.contains(customer)) {
      throw new Reject(RuleCode.UNKNOWN_CUSTOMER, "customer " + customer + " is not known");
    }
    if (counterparty != null && erased.contains(counterparty)) {
      counterparty = ERASED_COUNTERPARTY;
    }
    return new TransactionRecord(id, customer, time, amount, direction, type, category, counterparty, channel, balance);
  }
}
