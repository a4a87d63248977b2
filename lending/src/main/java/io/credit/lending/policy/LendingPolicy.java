package io.credit.lending.policy;

import java.util.List;

/**
 * A lending policy: configuration, not code. Loaded from a versioned YAML or JSON file by
 * {@link PolicyLoader}, which validates it; every decision names the policy version it came from.
 *
 * @param version    the policy's version (letters, digits, {@code . _ -}); a version never changes content
 * @param currency   ISO currency code of all amounts (e.g. CNY)
 * @param gates      checks before any offer
 * @param creditLine the revolving credit line ("spend now, pay later")
 * @param rental     deposit-free rental, one entry per category
 */
public record LendingPolicy(String version, String currency, Gates gates, CreditLinePolicy creditLine,
    List<RentalCategory> rental) {

  /** The product codes this policy decides: {@code CREDIT_LINE} then {@code RENTAL_<CATEGORY>}. */
  public List<String> products() {
    java.util.ArrayList<String> products = new java.util.ArrayList<>();
    products.add(Products.CREDIT_LINE);
    for (RentalCategory c : rental) {
      products.add(Products.rental(c.category()));
    }
    return List.copyOf(products);
  }
}
