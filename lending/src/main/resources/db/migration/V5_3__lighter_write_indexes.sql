-- Publishing writes customers × products rows twice (eligibility and decision_audit): keep only the
-- indexes reads need. By-product pages walk the primary key (snapshot_id, customer_id, product) in
-- order; the audit export filters by run date over a sequential scan; per-customer audit lookups
-- keep decision_audit_customer.
drop index eligibility_product;
drop index decision_audit_run;
