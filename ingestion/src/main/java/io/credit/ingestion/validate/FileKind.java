package io.credit.ingestion.validate;

import java.util.List;

/** The four input files of a business date, with their canonical columns (docs/CONTRACTS.md). */
public enum FileKind {
  CUSTOMERS("customers.csv", List.of("customer_id", "full_name", "national_id", "phone", "birth_date", "city",
      "city_tier", "device_id", "id_verified", "phone_verified", "account_open_date", "consent_scoring",
      "consent_sharing", "fraud_flag", "aml_flag")),
  STATEMENTS("statements.csv", List.of("statement_id", "customer_id", "product", "statement_date", "due_date",
      "amount_due", "credit_limit")),
  PAYMENTS("payments.csv", List.of("payment_id", "statement_id", "customer_id", "payment_date", "amount")),
  TRANSACTIONS("transactions.csv", List.of("txn_id", "customer_id", "txn_time", "amount", "direction", "txn_type",
      "category", "counterparty_id", "channel", "balance_after"));

  private final String fileName;
  private final List<String> columns;

  FileKind(String fileName, List<String> columns) {
    this.fileName = fileName;
    this.columns = columns;
  }

  public String fileName() {
    return fileName;
  }

  public List<String> columns() {
    return columns;
  }

  /** Short name used in step names: {@code customers}, {@code transactions}, … */
  public String stepName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
