package io.credit.generator.internal;

/** The four daily input files and their headers (see docs/CONTRACTS.md). */
public enum FileKind {
  CUSTOMERS("customers.csv", "customer_id", "full_name", "national_id", "phone", "birth_date", "city",
      "city_tier", "device_id", "id_verified", "phone_verified", "account_open_date", "consent_scoring",
      "consent_sharing", "fraud_flag", "aml_flag"),
  TRANSACTIONS("transactions.csv", "txn_id", "customer_id", "txn_time", "amount", "direction", "txn_type",
      "category", "counterparty_id", "channel", "balance_after"),
  STATEMENTS("statements.csv", "statement_id", "customer_id", "product", "statement_date", "due_date",
      "amount_due", "credit_limit"),
  PAYMENTS("payments.csv", "payment_id", "statement_id", "customer_id", "payment_date", "amount");

  private final String fileName;
  private final String[] header;

  FileKind(String fileName, String... header) {
    this.fileName = fileName;
    this.header = header;
  }

  public String fileName() {
    return fileName;
  }

  public String[] header() {
    return header.clone();
  }
}
