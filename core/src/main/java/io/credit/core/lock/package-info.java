/** A database lock with a lease, so that only one nightly run works on a database at a time. */
package io.credit.core.lock;
