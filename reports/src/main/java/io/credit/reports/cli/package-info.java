/** The {@code ./credit report} and {@code ./credit bench report} commands. */
package io.credit.reports.cli;
