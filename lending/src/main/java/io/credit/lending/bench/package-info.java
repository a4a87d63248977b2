/** The serving benchmark: {@code ./credit bench serve} and its separate load-generator process. */
package io.credit.lending.bench;
