package io.credit.core.testing;

import io.credit.core.spark.SparkSessions;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** One SparkSession per test JVM ({@code local[2]}), shared by every test class of a module. */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      SparkConf conf = new SparkConf(false).setMaster("local[2]");
      SparkSessions.applyDefaults(conf, "credit-tests");
      conf.set("spark.sql.shuffle.partitions", "4");
      session = SparkSession.builder().config(conf).getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
