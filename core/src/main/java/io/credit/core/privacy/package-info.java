/** Pseudonymisation of customer identifiers (keyed hash) and its secret. */
package io.credit.core.privacy;
