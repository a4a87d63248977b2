/**
 * Reading input files line by line: strict per-line UTF-8 decoding, CSV field splitting with
 * commons-csv, and physical line numbers for reject reporting.
 */
package io.credit.ingestion.read;
