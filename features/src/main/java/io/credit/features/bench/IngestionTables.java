package io.credit.features.bench;

import org.jdbi.v3.core.Jdbi;

/**
 * The ingestion tables the feature job reads, created with the DDL of {@code docs/CONTRACTS.md}
 * when they are missing (for synthetic benchmark data and tests; in production ingestion's
 * migrations create them).
 */
public final class IngestionTables {
  private static final String[] DDL = {
      "create table if not exists customers (customer_id varchar(16) primary key, national_id_hash varchar(64) not null, "
          + "phone_hash varchar(64) not null, birth_date date not null, city varchar(50) not null, "
          + "city_tier integer not null, device_hash varchar(64), id_verified boolean not null, "
          + "phone_verified boolean not null, account_open_date date not null, consent_scoring boolean not null, "
          + "consent_sharing boolean not null, fraud_flag boolean not null, aml_flag boolean not null, "
          + "first_seen_date date not null, updated_date date not null)",
      "create table if not exists customer_history (customer_id varchar(16) not null, valid_from date not null, "
          + "city varchar(50) not null, city_tier integer not null, device_hash varchar(64), "
          + "primary key (customer_id, valid_from))",
      "create table if not exists statements (statement_id varchar(40) primary key, customer_id varchar(16) not null, "
          + "product varchar(16) not null, statement_date date not null, due_date date not null, "
          + "amount_due decimal(18,2) not null, credit_limit decimal(18,2) not null, ingested_date date not null)",
      "create table if not exists payments (payment_id varchar(40) primary key, statement_id varchar(40) not null, "
          + "customer_id varchar(16) not null, payment_date date not null, amount decimal(18,2) not null, "
          + "ingested_date date not null)"};

  private IngestionTables() {}

  public static void createIfMissing(Jdbi jdbi) {
    jdbi.useHandle(h -> {
      for (String ddl : DDL) {
        h.execute(ddl);
      }
    });
  }
}
