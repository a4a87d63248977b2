/**
 * Static HTML reports for credit officers: {@link io.credit.reports.ReportService} writes a
 * self-contained site (run, portfolio, customers, model cards, backtest, fairness) with a CSV file per
 * table, readable offline from the file system.
 */
package io.credit.reports;
