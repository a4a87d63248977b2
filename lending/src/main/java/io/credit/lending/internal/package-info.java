/** Lending helpers that are not API: the H2 append-only trigger. */
package io.credit.lending.internal;
