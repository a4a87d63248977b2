-- Feature store index: one row per published feature partition (as-of date, feature-set version).
create table feature_snapshots (
  as_of_date          date not null,
  feature_set_version varchar(16) not null,
  customers           bigint not null,
  features            integer not null,
  path                varchar(1000) not null,
  build_mode          varchar(16) not null,
  created_at          timestamp not null,
  primary key (as_of_date, feature_set_version)
);
