/** The {@code ./credit report} and {@code ./credit report-bench} commands. */
package io.credit.reports.cli;
