-- The other modules' tables lending reads, exactly as docs/CONTRACTS.md ("Columns lending relies on")
-- states them. Created only when absent: with the real modules on the classpath their migrations own them.
create table if not exists customers (
  customer_id        varchar(16) primary key,
  national_id_hash   varchar(64),
  phone_hash         varchar(64),
  birth_date         date,
  city               varchar(50),
  city_tier          integer,
  device_hash        varchar(64),
  id_verified        boolean not null,
  phone_verified     boolean,
  account_open_date  date,
  consent_scoring    boolean not null,
  consent_sharing    boolean,
  fraud_flag         boolean not null,
  aml_flag           boolean not null,
  first_seen_date    date,
  updated_date       date
);
create table if not exists statements (
  statement_id    varchar(40) primary key,
  customer_id     varchar(16) not null,
  product         varchar(20) not null,
  statement_date  date not null,
  due_date        date not null,
  amount_due      decimal(18,2) not null,
  credit_limit    decimal(18,2) not null,
  ingested_date   date
);
create table if not exists payments (
  payment_id      varchar(40) primary key,
  statement_id    varchar(40) not null,
  customer_id     varchar(16) not null,
  payment_date    date not null,
  amount          decimal(18,2) not null,
  ingested_date   date
);
create table if not exists scores (
  customer_id          varchar(16) not null,
  score_date           date not null,
  score                integer,
  band                 varchar(16),
  dim_credit_history   double precision,
  dim_behaviour        double precision,
  dim_ability_to_pay   double precision,
  dim_identity         double precision,
  dim_connections      double precision,
  reason_1             varchar(200),
  reason_2             varchar(200),
  reason_3             varchar(200),
  reason_4             varchar(200),
  status               varchar(20) not null,
  model_name           varchar(64),
  model_version        varchar(64),
  primary key (customer_id, score_date)
);
