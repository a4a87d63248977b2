package io.credit.core.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  @Test
  void localMastersGetFourShufflePartitionsPerThread() {
    assertEquals(8, SparkSessions.localShufflePartitions("local[2]"));
    assertEquals(8, SparkSessions.localShufflePartitions("local[2,3]"));
    assertEquals(64, SparkSessions.localShufflePartitions("local[16]"));
    assertEquals(Math.max(4, 4 * CORES), SparkSessions.localShufflePartitions("local[*]"));
    assertEquals(4, SparkSessions.localShufflePartitions("local"));
  }

  @Test
  void anExplicitSettingAndClusterMastersAreLeftAlone() {
    SparkConf local = new SparkConf(false).setMaster("local[2]").set("spark.sql.shuffle.partitions", "3");
    SparkSessions.applyDefaults(local, "t");
    assertEquals("3", local.get("spark.sql.shuffle.partitions"));

    SparkConf cluster = new SparkConf(false).setMaster("spark://127.0.0.1:7077");
    SparkSessions.applyDefaults(cluster, "t");
    assertEquals(false, cluster.contains("spark.sql.shuffle.partitions"));

    SparkConf defaults = new SparkConf(false).setMaster("local[3]");
    SparkSessions.applyDefaults(defaults, "t");
    assertEquals("12", defaults.get("spark.sql.shuffle.partitions"));
  }
}
