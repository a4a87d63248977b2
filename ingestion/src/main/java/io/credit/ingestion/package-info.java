/**
 * Ingestion: the Spring Batch job {@code ingest} that loads one business date's input files into
 * the customer master, the repayment ledger and the Parquet transaction lake, validating every
 * record. Entry point: {@link io.credit.ingestion.IngestRunner}.
 */
package io.credit.ingestion;
