/**
 * Shared infrastructure every module stands on: platform configuration, the relational database
 * (H2 or PostgreSQL, migrated by Flyway, accessed through Jdbi), the Spark session factory, the
 * common CLI options and JSON summary line, and pseudonymisation of customer identifiers.
 */
package io.credit.core;
