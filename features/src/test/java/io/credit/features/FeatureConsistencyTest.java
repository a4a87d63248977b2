package io.credit.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.testing.TestSpark;
import io.credit.features.LakeRows.Txn;
import io.credit.features.bench.SyntheticHistory;
import io.credit.features.bench.DuckDbFloor;
import io.credit.features.internal.StorePaths;
import io.credit.features.internal.TransactionState;
import io.credit.features.internal.TxnMetrics;
import io.credit.features.internal.Windows;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The three promises of the feature job on one generated history: the incremental path gives the
 * same bits as a full rebuild, the values do not depend on Spark's partitioning, and events dated
 * on or after D never change D's features.
 */
@Tag("slow")
class FeatureConsistencyTest {
  static final LocalDate START = LocalDate.parse("2026-01-01");
  static final LocalDate D = START.plusDays(60);
  static TestPlatform platform;
  static FeatureJob.Result incremental;
  static List<String> incrementalAtD;
  static List<String> fullAtD4Partitions;
  static List<String> fullAtD1Partition;
  static List<String> fullAtDAfterLaterEvents;

  @BeforeAll
  static void runTheJobSeveralWays() {
    SparkSession spark = TestSpark.session();
    platform = TestPlatform.create();
    SyntheticHistory history = new SyntheticHistory(150, START, 70, 2.0, 42);
    history.writeLake(spark, platform.config, 0, 65);
    history.writeTables(spark, platform.config);

    FeatureJob.run(spark, platform.config, D.minusDays(2), true);
    incremental = FeatureJob.run(spark, platform.config, D);
    incrementalAtD = FeatureSnapshots.bits(FeatureStore.read(spark, platform.config, D));

    String partitions = spark.conf().get("spark.sql.shuffle.partitions");
    try {
      spark.conf().set("spark.sql.adaptive.enabled", "false");
      spark.conf().set("spark.sql.shuffle.partitions", "1");
      FeatureJob.run(spark, platform.config, D, true);
      fullAtD1Partition = FeatureSnapshots.bits(FeatureStore.read(spark, platform.config, D));
      spark.conf().set("spark.sql.shuffle.partitions", "4");
      spark.conf().set("spark.sql.files.maxPartitionBytes", "65536");
      FeatureJob.run(spark, platform.config, D, true);
      fullAtD4Partitions = FeatureSnapshots.bits(FeatureStore.read(spark, platform.config, D));
    } finally {
      spark.conf().set("spark.sql.shuffle.partitions", partitions);
      spark.conf().unset("spark.sql.files.maxPartitionBytes");
      spark.conf().unset("spark.sql.adaptive.enabled");
    }

    addEventsOnAndAfter(spark);
    FeatureJob.run(spark, platform.config, D, true);
    fullAtDAfterLaterEvents = FeatureSnapshots.bits(FeatureStore.read(spark, platform.config, D));
  }

  /** Transactions, statements, payments, profile changes, a new customer and scores, all dated D or later. */
  private static void addEventsOnAndAfter(SparkSession spark) {
    LakeRows.append(spark, platform.config, List.of(
        new Txn("f1", "C00000001", D + "T00:00:00", "5000.00", "PURCHASE", "GAMBLING", null, "1.00"),
        new Txn("f2", "C00000002", D + "T13:00:00", "70.00", "TRANSFER_OUT", null, "C00000003", null),
        new Txn("f3", "C00000001", D.plusDays(3) + "T02:00:00", "10.00", "SALARY", null, null, "11.00")));
    String d = "DATE '" + D + "'";
    platform.sql("insert into payments select 'F' || statement_id, statement_id, customer_id, " + d
        + ", amount_due, " + d + " from statements s where not exists "
        + "(select 1 from payments p where p.statement_id = s.statement_id)");
    platform.sql("insert into statements values ('SF1','C00000004','CREDIT_LINE'," + d + ", DATE '" + D.plusDays(20)
        + "', 2999.00, 3000.00, " + d + ")");
    platform.sql("insert into customer_history values ('C00000005'," + d + ",'Elsewhere',4,'newdevice')");
    platform.sql("insert into customers values ('C09999999','n','p',DATE '1990-01-01','X',1,null,true,true,"
        + d + ",true,true,false,false," + d + "," + d + ")");
    platform.sql("create table scores (customer_id varchar(16), score_date date, score integer, status varchar(24))");
    platform.sql("insert into scores select customer_id, " + d + ", 900, 'SCORED' from customers");
  }

  @AfterAll
  static void cleanUp() {
    platform.close();
  }

  @Test
  void incrementalRunEqualsFullRebuild() {
    assertEquals("INCREMENTAL", incremental.buildMode());
    assertEquals(D.minusDays(2), incremental.previousState());
    FeatureSnapshots.assertSame(fullAtD4Partitions, incrementalAtD, "incremental vs full rebuild");
  }

  @Test
  void valuesDoNotDependOnPartitioning() {
    FeatureSnapshots.assertSame(fullAtD4Partitions, fullAtD1Partition, "1 vs 4 partitions");
  }

  @Test
  void eventsOnOrAfterTheDateDoNotChangeItsFeatures() {
    FeatureSnapshots.assertSame(fullAtD4Partitions, fullAtDAfterLaterEvents, "after adding events dated >= D");
  }

  @Test
  void duckDbFloorComputesTheSameAggregatesAsTheRollingState() throws Exception {
    SparkSession spark = TestSpark.session();
    StorePaths paths = StorePaths.of(platform.config);
    Map<String, Row> sparkState = new HashMap<>();
    for (Row r : TransactionState.wide(spark.read().parquet(paths.rolling(D))).collectAsList()) {
      sparkState.put(r.getString(r.fieldIndex("customer_id")), r);
    }
    String out = platform.dir.resolve("duck.parquet").toString();
    DuckDbFloor.run(platform.config.lakeDir().resolve("transactions").toString(), D, 1, out);
    int compared = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         ResultSet rs = c.createStatement().executeQuery("select * from read_parquet('" + out + "')")) {
      while (rs.next()) {
        Row spk = sparkState.get(rs.getString("customer_id"));
        for (int w : Windows.DAYS) {
          for (TxnMetrics.Metric m : TxnMetrics.ALL) {
            String col = TxnMetrics.windowColumn(m.name(), w);
            BigDecimal duck = new BigDecimal(rs.getObject(col).toString());
            Object s = spk.get(spk.fieldIndex(col));
            BigDecimal sp = s == null ? BigDecimal.ZERO : new BigDecimal(s.toString());
            assertEquals(0, duck.compareTo(sp), rs.getString("customer_id") + " " + col + ": " + duck + " vs " + sp);
            compared++;
          }
        }
      }
    }
    assertEquals(150 * Windows.DAYS.size() * TxnMetrics.ALL.size(), compared);
  }

  @Test
  void theComparedFeaturesAreNotTrivial() {
    assertEquals(150, fullAtD4Partitions.size());
    long distinct = fullAtD4Partitions.stream().map(l -> l.replaceAll(".* txn_count_30d=(\\S+).*", "$1"))
        .distinct().count();
    assertTrue(distinct > 10, "txn_count_30d varies across customers: " + distinct);
    assertTrue(fullAtD4Partitions.stream().anyMatch(l -> !l.contains(" late_payments_90d=0 ")),
        "some customers were late");
  }
}
