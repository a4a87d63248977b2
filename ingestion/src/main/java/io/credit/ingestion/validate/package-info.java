/**
 * Validation of input records: one validator per file kind turns canonical string fields into a
 * typed record or a {@link io.credit.ingestion.validate.Reject} naming a stable {@link io.credit.ingestion.validate.RuleCode}.
 */
package io.credit.ingestion.validate;
