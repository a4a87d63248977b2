package io.credit.core.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the platform keeps its state and how it reaches its database and Spark.
 *
 * @param dataDir     root of local state: the H2 database, the transaction lake, the feature store,
 *                    model artifacts and reports (default {@code ./data})
 * @param dbUrl       JDBC URL; {@code null} means the embedded H2 file database under {@code dataDir}
 * @param dbUser      database user (may be {@code null} for H2)
 * @param dbPassword  database password (may be {@code null})
 * @param sparkMaster Spark master URL; {@code null} leaves it to {@code spark-submit} or {@code local[*]}
 * @param inboxDir    folder holding one sub-folder of input files per business date (default {@code ./inbox})
 */
public record PlatformConfig(
    Path dataDir, String dbUrl, String dbUser, String dbPassword, String sparkMaster, Path inboxDir) {

  public PlatformConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(inboxDir, "inboxDir");
    dataDir = dataDir.toAbsolutePath().normalize();
    inboxDir = inboxDir.toAbsolutePath().normalize();
  }

  /** Defaults for a newcomer: everything under the current directory, embedded H2, local Spark. */
  public static PlatformConfig defaults() {
    return new PlatformConfig(Path.of("data"), null, null, null, null, Path.of("inbox"));
  }

  /** The JDBC URL actually used: the given one, or the embedded H2 file database. */
  public String effectiveDbUrl() {
    if (dbUrl != null && !dbUrl.isBlank()) {
      return dbUrl;
    }
    return H2Urls.fileDatabase(dataDir.resolve("db").resolve("credit"));
  }

  public boolean isPostgres() {
    return effectiveDbUrl().startsWith("jdbc:postgresql:");
  }

  /** Parquet lake of validated transactions, partitioned by {@code date=YYYY-MM-DD}. */
  public Path lakeDir() {
    return dataDir.resolve("lake");
  }

  /** Feature store: Parquet partitions by as-of date and feature-set version. */
  public Path featureStoreDir() {
    return dataDir.resolve("features");
  }

  /** Saved model artifacts (Spark ML pipelines, scorecard tables). */
  public Path modelsDir() {
    return dataDir.resolve("models");
  }

  /** Generated HTML reports. */
  public Path reportsDir() {
    return dataDir.resolve("reports");
  }

  public PlatformConfig withDataDir(Path dir) {
    return new PlatformConfig(dir, dbUrl, dbUser, dbPassword, sparkMaster, inboxDir);
  }

  public PlatformConfig withDbUrl(String url) {
    return new PlatformConfig(dataDir, url, dbUser, dbPassword, sparkMaster, inboxDir);
  }

  public PlatformConfig withInboxDir(Path dir) {
    return new PlatformConfig(dataDir, dbUrl, dbUser, dbPassword, sparkMaster, dir);
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return "PlatformConfig[dataDir=" + dataDir + ", db=" + effectiveDbUrl() + ", user=" + dbUser
        + ", sparkMaster=" + (sparkMaster == null ? "default" : sparkMaster) + ", inbox=" + inboxDir + "]";
  }
}
