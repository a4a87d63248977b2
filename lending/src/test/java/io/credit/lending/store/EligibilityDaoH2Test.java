package io.credit.lending.store;

import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;

class EligibilityDaoH2Test extends EligibilityDaoContract {
  @Override
  Database open() {
    return TestDatabases.freshH2();
  }
}
