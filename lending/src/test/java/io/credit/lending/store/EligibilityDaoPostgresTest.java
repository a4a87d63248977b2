package io.credit.lending.store;

import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import org.junit.jupiter.api.Tag;

/** The same DAO contract on the PostgreSQL server of the {@code postgres} profile ({@code -Dtest.db.url}). */
@Tag("postgres")
class EligibilityDaoPostgresTest extends EligibilityDaoContract {
  @Override
  Database open() {
    return TestDatabases.configured();
  }
}
