/**
 * The feature catalogue: every feature's name, dimension, window, unit, definition, missing-value
 * meaning and reason phrase, with the Spark expression that computes it. The markdown in
 * {@code features/README.md} is generated from it ({@link io.credit.features.catalog.CatalogMarkdown}).
 */
package io.credit.features.catalog;
