/** The {@code ./credit ingest} and {@code ./credit bench ingest} commands. */
package io.credit.ingestion.cli;
