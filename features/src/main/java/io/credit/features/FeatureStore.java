package io.credit.features;

import io.credit.core.config.PlatformConfig;
import io.credit.features.catalog.FeatureCatalog;
import io.credit.features.internal.StoreFiles;
import io.credit.features.internal.StorePaths;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads published features: {@code features/v=<version>/as_of=D/}. */
public final class FeatureStore {
  private FeatureStore() {}

  /** The published features of the current feature-set version as of D. */
  public static Dataset<Row> read(SparkSession spark, PlatformConfig config, LocalDate asOf) {
    String path = StorePaths.of(config).features(FeatureCatalog.VERSION, asOf);
    if (!new StoreFiles(spark).isComplete(path)) {
      throw new io.credit.core.cli.BadInputException("no features as of " + asOf + " (feature set v"
          + FeatureCatalog.VERSION + ") under " + path + ": run ./credit features --date " + asOf + " first");
    }
    return spark.read().parquet(path);
  }
}
