package io.credit.core.spark;

import io.credit.core.config.PlatformConfig;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one {@link SparkSession} of a process. No master is hard-coded: an explicit
 * {@code --spark-master} wins, then whatever {@code spark-submit} configured, then {@code local[*]}.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession getOrCreate(PlatformConfig config, String appName) {
    SparkConf conf = new SparkConf(true);
    if (config.sparkMaster() != null && !config.sparkMaster().isBlank()) {
      conf.setMaster(config.sparkMaster());
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    applyDefaults(conf, appName);
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /** Settings the platform relies on for reproducible results, whatever the master. */
  public static void applyDefaults(SparkConf conf, String appName) {
    conf.setIfMissing("spark.app.name", appName);
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.sql.sources.partitionOverwriteMode", "dynamic");
    conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    conf.setIfMissing("spark.sql.parquet.compression.codec", "snappy");
    conf.setIfMissing("spark.sql.ansi.enabled", "false");
    String master = conf.get("spark.master", "");
    if (master.startsWith("local")) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
  }
}
