/**
 * Relational tables owned by ingestion (customers, customer_history, statements, payments,
 * ingest_file_stats, ingest_rejects), written with Spring's {@code JdbcTemplate} so that every write
 * joins the chunk transaction of the Spring Batch step. Same SQL on H2 and PostgreSQL except the
 * upsert statement, chosen by dialect.
 */
package io.credit.ingestion.store;
