package io.credit.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.testing.TestSpark;
import io.credit.features.LakeRows.Txn;
import io.credit.features.catalog.FeatureCatalog;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Feature values of a hand-written history, worked out by hand. */
class FeatureValuesTest {
  static final LocalDate D = LocalDate.parse("2026-03-01");
  static TestPlatform platform;
  static Map<String, Map<String, Double>> features;
  static FeatureJob.Result result;

  @BeforeAll
  static void computeFeatures() {
    SparkSession spark = TestSpark.session();
    platform = TestPlatform.create();
    platform.sql("insert into customers values "
        + "('C00000001','n1','p1',DATE '1990-03-01','City1',2,'devX',true,false,DATE '2025-03-01',true,true,false,false,DATE '2026-01-01',DATE '2026-02-01'),"
        + "('C00000002','n2','p2',DATE '2000-06-15','City9',4,null,false,false,DATE '2026-02-01',true,true,false,false,DATE '2026-02-01',DATE '2026-02-01'),"
        + "('C00000003','n3','p3',DATE '1980-01-01','City9',4,null,true,true,DATE '2026-03-01',true,true,false,false,DATE '2026-03-01',DATE '2026-03-01')");
    platform.sql("insert into customer_history values ('C00000001',DATE '2026-01-01','City1',2,'devX'),"
        + "('C00000001',DATE '2026-02-01','City2',1,'devX'),('C00000001',DATE '2026-03-01','City3',3,'devY')");
    platform.sql("insert into statements values "
        + "('S1','C00000001','CREDIT_LINE',DATE '2026-01-05',DATE '2026-01-25',100.00,1000.00,DATE '2026-01-05'),"
        + "('S2','C00000001','CREDIT_LINE',DATE '2026-02-05',DATE '2026-02-20',200.00,1000.00,DATE '2026-02-05'),"
        + "('S3','C00000001','CREDIT_LINE',DATE '2026-03-05',DATE '2026-03-25',900.00,1000.00,DATE '2026-03-05')");
    platform.sql("insert into payments values ('P1','S1','C00000001',DATE '2026-01-20',100.00,DATE '2026-01-20'),"
        + "('P2','S2','C00000001',DATE '2026-02-18',50.00,DATE '2026-02-18'),"
        + "('P3','S2','C00000001',DATE '2026-03-01',150.00,DATE '2026-03-01')");
    platform.sql("create table scores (customer_id varchar(16), score_date date, score integer, band varchar(16), "
        + "status varchar(24))");
    platform.sql("insert into scores values ('C00000002', DATE '2026-02-20', 700, 'VERY_GOOD', 'SCORED'),"
        + "('C00000002', DATE '2026-03-01', 400, 'POOR', 'SCORED')");
    LakeRows.append(spark, platform.config, List.of(
        new Txn("t1", "C00000001", "2026-02-27T10:00:00", "100.00", "PURCHASE", "GROCERY", null, "900.00"),
        new Txn("t2", "C00000001", "2026-02-27T23:30:00", "300.00", "PURCHASE", "GAMBLING", null, "600.00"),
        new Txn("t3", "C00000001", "2026-02-10T09:00:00", "1000.00", "SALARY", null, null, "1600.00"),
        new Txn("t4", "C00000001", "2026-02-15T12:00:00", "50.00", "TRANSFER_OUT", null, "C00000002", null),
        new Txn("t5", "C00000001", "2025-12-15T12:00:00", "200.00", "PURCHASE", "GROCERY", null, "100.00"),
        new Txn("t6", "C00000001", "2026-03-01T08:00:00", "999.00", "PURCHASE", "LUXURY", null, "1.00")));
    result = FeatureJob.run(spark, platform.config, D, true);
    features = new HashMap<>();
    List<String> names = FeatureCatalog.current().names();
    for (Row r : FeatureStore.read(spark, platform.config, D).collectAsList()) {
      Map<String, Double> values = new HashMap<>();
      for (String n : names) {
        values.put(n, r.getDouble(r.fieldIndex(n)));
      }
      features.put(r.getString(0), values);
    }
  }

  @AfterAll
  static void cleanUp() {
    platform.close();
  }

  private static double f(String customer, String feature) {
    return features.get(customer).get(feature);
  }

  @Test
  void onlyCustomersSeenBeforeTheDateAreScored() {
    assertEquals(2, result.customers());
    assertEquals(java.util.Set.of("C00000001", "C00000002"), features.keySet());
    long snapshots = platform.db.jdbi().withHandle(h -> h.createQuery(
        "select count(*) from feature_snapshots where as_of_date = :d").bind("d", D).mapTo(Long.class).one());
    assertEquals(1L, snapshots);
  }

  @Test
  void behaviourFromTransactionsBeforeTheDate() {
    assertEquals(4, f("C00000001", "txn_count_30d"));
    assertEquals(5, f("C00000001", "txn_count_90d"));
    assertEquals(3, f("C00000001", "active_days_30d"));
    assertEquals(400, f("C00000001", "spend_30d"));
    assertEquals(200, f("C00000001", "avg_ticket_30d"));
    assertEquals(100, f("C00000001", "ticket_volatility_30d"), 1e-9);
    assertEquals(0.75, f("C00000001", "high_risk_share_30d"), 1e-12);
    assertEquals(0.25, f("C00000001", "night_share_30d"), 1e-12);
    assertEquals(-(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)) / Math.log(2),
        f("C00000001", "category_entropy_30d"), 1e-12);
    assertEquals(76, f("C00000001", "history_days"));
    assertEquals(2, f("C00000001", "days_since_last_txn"));
  }

  @Test
  void abilityToPay() {
    assertEquals(1000, f("C00000001", "income_30d"));
    assertEquals(450, f("C00000001", "outflow_30d"));
    assertEquals(550, f("C00000001", "net_flow_30d"));
    assertEquals(0.45, f("C00000001", "spend_to_income_30d"), 1e-12);
    assertEquals(600, f("C00000001", "last_balance"));
    assertEquals(0.2, f("C00000001", "utilisation_last"), 1e-12);
    assertEquals(150, f("C00000001", "outstanding_amount"));
  }

  @Test
  void creditHistoryFollowsTheDaysPastDueRule() {
    assertEquals(1, f("C00000001", "statements_due_30d"));
    assertEquals(1, f("C00000001", "late_payments_30d"));
    assertEquals(0, f("C00000001", "on_time_ratio_30d"));
    assertEquals(2, f("C00000001", "statements_due_90d"));
    assertEquals(0.5, f("C00000001", "on_time_ratio_90d"));
    assertEquals(9, f("C00000001", "max_dpd_90d"), "the payment dated on D is not seen");
    assertEquals(9, f("C00000001", "current_dpd"));
    assertEquals(1, f("C00000001", "worst_late_severity_365d"));
    assertEquals(9, f("C00000001", "days_since_delinquency"));
    assertEquals(55, f("C00000001", "credit_tenure_days"));
  }

  @Test
  void identityAndConnectionsAsOfTheDate() {
    assertEquals(1, f("C00000001", "id_verified"));
    assertEquals(0, f("C00000001", "phone_verified"));
    assertEquals(365, f("C00000001", "account_age_days"));
    assertEquals(36, f("C00000001", "age_years"));
    assertEquals(3, f("C00000001", "age_band"));
    assertEquals(1, f("C00000001", "city_tier"), "tier of the history row before D");
    assertEquals(1, f("C00000001", "city_changes_365d"));
    assertEquals(0, f("C00000001", "device_changes_365d"));
    assertEquals(28, f("C00000001", "days_since_profile_change"));
    assertEquals(1, f("C00000001", "counterparties_30d"));
    assertEquals(50, f("C00000001", "transfer_out_30d"));
    assertEquals(1, f("C00000001", "scored_counterparties_365d"));
    assertEquals(1.0, f("C00000001", "good_standing_share_365d"), "the score dated D is not seen");
  }

  @Test
  void customerWithoutActivityGetsTheCataloguedDefaults() {
    for (var def : FeatureCatalog.current().features()) {
      if (def.dimension() != io.credit.core.model.Dimension.IDENTITY) {
        assertEquals(def.defaultValue(), f("C00000002", def.name()), def.name());
      }
    }
  }

  @Test
  void noNaNOrInfinityAnywhere() {
    for (var values : features.values()) {
      for (var e : values.entrySet()) {
        assertFalse(e.getValue().isNaN() || e.getValue().isInfinite(), e.getKey());
      }
    }
    assertTrue(features.get("C00000001").size() > 100);
  }
}
