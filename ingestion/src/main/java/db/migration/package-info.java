/** Flyway Java migrations of the ingestion module (version range 2.x). */
package db.migration;
