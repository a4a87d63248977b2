-- Align the ingestion tables with the DDL in docs/CONTRACTS.md ("DDL the feature job reads"):
-- 16-character customer ids, 16-character product codes, and NOT NULL where every stored row has a value.
-- Identity attributes stay nullable only for customers registered from a foreign source without a
-- customer file (mapping option unknownCustomers = register): unknown, not invented.

update customers set id_verified = false where id_verified is null;
update customers set phone_verified = false where phone_verified is null;
update customers set consent_scoring = false where consent_scoring is null;
update customers set consent_sharing = false where consent_sharing is null;
update customers set fraud_flag = false where fraud_flag is null;
update customers set aml_flag = false where aml_flag is null;
update customers set account_open_date = first_seen_date where account_open_date is null;

alter table customers alter column customer_id set data type varchar(16);
alter table customers alter column id_verified set not null;
alter table customers alter column phone_verified set not null;
alter table customers alter column consent_scoring set not null;
alter table customers alter column consent_sharing set not null;
alter table customers alter column fraud_flag set not null;
alter table customers alter column aml_flag set not null;
alter table customers alter column account_open_date set not null;

alter table customer_history alter column customer_id set data type varchar(16);
alter table customer_history alter column city set not null;
alter table customer_history alter column city_tier set not null;

alter table statements alter column customer_id set data type varchar(16);
alter table statements alter column product set data type varchar(16);
alter table payments alter column customer_id set data type varchar(16);
