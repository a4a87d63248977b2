/** The {@code nightly} Spring Batch job (ingest → features → score → eligibility → report), its runner and command. */
package io.credit.app.nightly;
