/** Platform configuration: data directory, database, Spark master, inbox. */
package io.credit.core.config;
