/**
 * The static site: pages (a template name, a model, tables), rendered with Pebble templates into
 * HTML files plus one CSV file per table, with a shared stylesheet and search script in relative files.
 */
package io.credit.reports.site;
