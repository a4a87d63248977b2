/**
 * The reports' read model: Jdbi SqlObject DAOs returning records, over the tables other modules own
 * (ingestion, scoring, lending, Spring Batch, the audit log). Only this package knows their columns,
 * so a change in another module's schema is absorbed here.
 */
package io.credit.reports.read;
