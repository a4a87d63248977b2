/**
 * Data-subject requests (export, erasure) across every store, and retention purges of raw data.
 */
package io.credit.app.privacy;
