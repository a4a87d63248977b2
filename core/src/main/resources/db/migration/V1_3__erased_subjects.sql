-- Customers erased on a data-subject request: consulted so that an erased customer is not processed
-- again. Only the pseudonymous id is kept, so that the erasure itself can be proven.
create table erased_subjects (
  customer_id  varchar(40) primary key,
  erased_at    timestamp not null,
  request_ref  varchar(200) not null
);
