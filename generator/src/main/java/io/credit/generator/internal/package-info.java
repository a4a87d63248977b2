/** The generator's machinery: random numbers, population arrays, the daily simulation, CSV output and dirt. */
package io.credit.generator.internal;
