/**
 * Lending's tables: policy records, snapshot writing and the atomic publish (with paced disk syncs
 * on H2, {@link io.credit.lending.store.DiskSyncPacer}), the append-only decision audit (and its
 * CSV export), the read-side Jdbi DAO, and the reader of other modules' tables.
 */
package io.credit.lending.store;
