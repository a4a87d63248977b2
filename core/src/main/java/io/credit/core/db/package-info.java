/** The relational database: connection pool, Flyway migrations, Jdbi. */
package io.credit.core.db;
