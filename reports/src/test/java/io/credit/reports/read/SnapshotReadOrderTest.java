package io.credit.reports.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.Test;

/** The customer pages' snapshot scan reads the primary key in order on H2 instead of sorting the snapshot. */
class SnapshotReadOrderTest {
  @Test
  void theSnapshotScanReadsThePrimaryKeyInOrder() throws NoSuchMethodException {
    String sql = CustomerReads.class.getMethod("snapshotDecisions", long.class).getAnnotation(SqlQuery.class).value();
    try (Database db = TestDatabases.freshH2()) {
      String plan = db.jdbi().withHandle(h -> h.createQuery("explain " + sql).bind("s", 1L).mapTo(String.class).one());
      assertTrue(plan.contains("index sorted"), plan);
    }
  }
}
