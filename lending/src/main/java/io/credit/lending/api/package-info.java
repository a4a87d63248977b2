/**
 * The read-only HTTP JSON API over the current eligibility snapshot (Jetty 12 core + Jackson):
 * bearer API keys stored hashed, allow-listed fields, JSON errors, an OpenAPI document. Answers come
 * from the current snapshot held in memory ({@link io.credit.lending.api.SnapshotCache},
 * {@link io.credit.lending.api.ServedSnapshot}), or from the database per request
 * ({@link io.credit.lending.api.DaoPool}).
 */
package io.credit.lending.api;
