/** The feature job's internals: lake and DB readers, daily metrics, rolling state, ledger and customer facts. */
package io.credit.features.internal;
