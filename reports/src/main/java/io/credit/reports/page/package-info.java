/**
 * One builder per report page: reads through {@code io.credit.reports.read}, computes what the page
 * shows (PSI, rates, curves) and returns a {@link io.credit.reports.site.Page} with its tables and charts.
 */
package io.credit.reports.page;
