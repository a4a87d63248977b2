package io.credit.lending.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import io.credit.lending.store.EligibilityDao;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The snapshot scans read the primary key in order on H2 ("index sorted" in its plan): a sort there
 * copies a whole snapshot (six million rows for 1,000,000 customers) into a temporary store, and a
 * by-product page sorted every later row before taking its limit.
 */
class KeyOrderQueriesTest {
  private Database db;

  @BeforeEach
  void open() {
    db = TestDatabases.freshH2();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private String plan(String sql) {
    return db.jdbi().withHandle(h -> h.createQuery("explain " + sql).bind("id", 1L).bind("product", "CREDIT_LINE")
        .bind("after", "").bind("limit", 100).mapTo(String.class).one());
  }

  @Test
  void theSnapshotLoadReadsThePrimaryKeyInOrder() {
    String plan = plan(ServedSnapshot.LOAD_SQL);
    assertTrue(plan.contains("index sorted"), plan);
  }

  @Test
  void aByProductPageReadsThePrimaryKeyInOrder() throws NoSuchMethodException {
    String sql = EligibilityDao.class.getMethod("findCurrentByProduct", String.class, String.class, int.class)
        .getAnnotation(SqlQuery.class).value();
    String plan = plan(sql);
    assertTrue(plan.contains("index sorted"), plan);
  }
}
