-- One row per named lock (e.g. 'nightly'): who holds it and until when. A holder renews its lease
-- while it runs; a crashed holder's lease expires and the next run takes the lock over.
create table run_lock (
  lock_name    varchar(64) primary key,
  owner        varchar(200) not null,
  acquired_at  timestamp not null,
  lease_until  timestamp not null
);
