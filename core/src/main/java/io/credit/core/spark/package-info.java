/** The Spark session factory: no hard-coded master, reproducible defaults. */
package io.credit.core.spark;
