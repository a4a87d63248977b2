package io.credit.ingestion.validate;

import java.util.Set;

/**
 * Customers erased on a data-subject request (table {@code erased_subjects}): a record of theirs
 * that comes back in a later file is quarantined under {@link RuleCode#ERASED_SUBJECT} instead of
 * re-creating them.
 */
@FunctionalInterface
public interface ErasedCustomers {
  boolean contains(String customerId);

  /** Nobody is erased. */
  ErasedCustomers NONE = id -> false;

  static ErasedCustomers of(Set<String> ids) {
    return ids.isEmpty() ? NONE : ids::contains;
  }

  /** Throws {@link RuleCode#ERASED_SUBJECT} when the customer was erased. */
  default void requireNotErased(String customerId) {
    if (contains(customerId)) {
      throw new Reject(RuleCode.ERASED_SUBJECT, "customer " + customerId
          + " was erased on a data-subject request: not loaded again, the line is not kept");
    }
  }
}
