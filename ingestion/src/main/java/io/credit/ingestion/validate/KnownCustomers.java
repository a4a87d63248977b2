package io.credit.ingestion.validate;

/** Whether a customer id is known (stored, or accepted from today's customer file). */
@FunctionalInterface
public interface KnownCustomers {
  boolean contains(String customerId);

  /** For layouts whose unknown ids register new customers: every id is acceptable. */
  KnownCustomers ANY = id -> true;
}
