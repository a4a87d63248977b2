/**
 * Input layouts: how a file's fields become the canonical columns of docs/CONTRACTS.md. The
 * default layout matches columns by header name; foreign layouts are declared in JSON mapping files
 * (delimiter, quote, header, columns by name or position, date and number formats, decimal
 * separator, sign convention, code mappings).
 */
package io.credit.ingestion.mapping;
