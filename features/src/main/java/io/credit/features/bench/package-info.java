/** {@code ./credit bench features}: synthetic history, Spark feature timings, the DuckDB floor. */
package io.credit.features.bench;
