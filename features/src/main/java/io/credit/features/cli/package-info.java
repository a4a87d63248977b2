/** Command-line entry points: {@code features}, {@code features catalog}, {@code features labels}, {@code bench features}. */
package io.credit.features.cli;
