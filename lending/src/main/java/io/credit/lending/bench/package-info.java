/**
 * The serving benchmark: {@code ./credit bench serve}, its separate load-generator process and its
 * separate publisher process (which hosts the benchmark's H2 database).
 */
package io.credit.lending.bench;
