/**
 * The model registry in the database ({@code models} table): versions, stages (challenger, champion,
 * retired), provenance, and promotion gated by backtests, with overrides recorded in {@code audit_log}.
 */
package io.credit.scoring.registry;
