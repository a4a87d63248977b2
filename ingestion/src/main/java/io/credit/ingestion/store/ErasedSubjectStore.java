package io.credit.ingestion.store;

import io.credit.ingestion.validate.ErasedCustomers;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** Table {@code erased_subjects} (written by {@code ./credit subject erase}): the ids never to load again. */
public final class ErasedSubjectStore {
  private final JdbcTemplate jdbc;

  public ErasedSubjectStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The erased customers as of now (read once per validation pass). */
  public ErasedCustomers load() {
    Set<String> ids = new HashSet<>();
    jdbc.query("select customer_id from erased_subjects", rs -> {
      ids.add(rs.getString(1));
    });
    return ErasedCustomers.of(Set.copyOf(ids));
  }
}
