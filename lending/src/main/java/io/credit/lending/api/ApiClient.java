package io.credit.lending.api;

import java.util.Set;

/**
 * A caller of the API, identified by its key.
 *
 * @param name     who it is (shown in the server's own log, never a person)
 * @param products product codes it may read; {@code *} means all
 */
public record ApiClient(String name, Set<String> products) {
  public boolean mayRead(String product) {
    return products.contains("*") || products.contains(product);
  }
}
