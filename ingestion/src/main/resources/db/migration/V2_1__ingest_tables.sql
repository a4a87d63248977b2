-- Ingestion: customer master, its change history, repayment ledger, per-file accounting and rejects.

create table customers (
  customer_id        varchar(40) primary key,
  national_id_hash   varchar(64),
  phone_hash         varchar(64),
  birth_date         date,
  city               varchar(50),
  city_tier          integer,
  device_hash        varchar(64),
  id_verified        boolean,
  phone_verified     boolean,
  account_open_date  date,
  consent_scoring    boolean,
  consent_sharing    boolean,
  fraud_flag         boolean,
  aml_flag           boolean,
  first_seen_date    date not null,
  updated_date       date not null
);

-- One row per customer and date on which city, city tier or device changed (and on first sight).
create table customer_history (
  customer_id  varchar(40) not null,
  valid_from   date not null,
  city         varchar(50),
  city_tier    integer,
  device_hash  varchar(64),
  primary key (customer_id, valid_from)
);

create table statements (
  statement_id    varchar(40) primary key,
  customer_id     varchar(40) not null,
  product         varchar(20) not null,
  statement_date  date not null,
  due_date        date not null,
  amount_due      decimal(18,2) not null,
  credit_limit    decimal(18,2) not null,
  ingested_date   date not null
);
create index statements_customer on statements(customer_id);

create table payments (
  payment_id     varchar(40) primary key,
  statement_id   varchar(40) not null,
  customer_id    varchar(40) not null,
  payment_date   date not null,
  amount         decimal(18,2) not null,
  ingested_date  date not null
);
create index payments_statement on payments(statement_id);
create index payments_customer on payments(customer_id);

create table ingest_file_stats (
  run_date        date not null,
  file_name       varchar(200) not null,
  rows_read       bigint not null,
  rows_loaded     bigint not null,
  rows_rejected   bigint not null,
  rows_duplicate  bigint not null,
  status          varchar(20) not null,
  started_at      timestamp,
  finished_at     timestamp,
  primary key (run_date, file_name)
);

create table ingest_rejects (
  run_date     date not null,
  file_name    varchar(200) not null,
  line_number  bigint not null,
  rule         varchar(30) not null,
  message      varchar(500) not null,
  raw_masked   varchar(2000),
  primary key (run_date, file_name, line_number)
);
