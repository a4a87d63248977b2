/**
 * A synthetic portfolio (customers, scores over several dates, eligibility, repayment ledger, ingest
 * accounting, models, backtests) for the report benchmark and the reports' tests, written into the
 * tables of the module contracts (created from the owners' DDL only where absent).
 */
package io.credit.reports.bench;
