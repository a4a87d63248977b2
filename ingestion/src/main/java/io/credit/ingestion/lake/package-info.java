/**
 * The Parquet transaction lake: {@code <data-dir>/lake/transactions/date=YYYY-MM-DD/*.parquet}, one
 * partition per business date, written to a staging folder and swapped in by rename so that a
 * partition is never partially visible. Written with parquet-hadoop directly (no Spark session
 * needed to ingest); read by Spark.
 */
package io.credit.ingestion.lake;
