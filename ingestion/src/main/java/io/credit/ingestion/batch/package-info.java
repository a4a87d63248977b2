/**
 * Spring Batch wiring: the reusable batch infrastructure (DataSource from core's {@code Database},
 * transaction manager, JDBC job repository in the same database) and the {@code ingest} job, one
 * validate step and one publish step per input file.
 */
package io.credit.ingestion.batch;
