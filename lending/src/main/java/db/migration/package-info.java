/**
 * Flyway Java migrations (found on {@code classpath:db/migration}), used only where the SQL must
 * differ between H2 and PostgreSQL. Lending's are numbered 5.x.
 */
package db.migration;
