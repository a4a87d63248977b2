package io.credit.features.internal;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.DatabaseException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads relational tables into Spark through its JDBC source, with the platform's DB settings. */
public final class JdbcSource {
  private final SparkSession spark;
  private final PlatformConfig config;

  public JdbcSource(SparkSession spark, PlatformConfig config) {
    this.spark = spark;
    this.config = config;
  }

  /** The rows of a query (plain SQL that runs on H2 and PostgreSQL). */
  public Dataset<Row> query(String sql) {
    DataFrameReader reader = spark.read().format("jdbc")
        .option("url", config.effectiveDbUrl())
        .option("query", sql)
        .option("fetchsize", "10000");
    if (config.dbUser() != null) {
      reader = reader.option("user", config.dbUser());
    }
    if (config.dbPassword() != null) {
      reader = reader.option("password", config.dbPassword());
    }
    return reader.load();
  }

  /** Whether a table exists (e.g. {@code scores}, owned by a module that may not have run yet). */
  public boolean tableExists(String table) {
    try (Connection c = DriverManager.getConnection(config.effectiveDbUrl(), config.dbUser(), config.dbPassword());
         ResultSet lower = c.getMetaData().getTables(null, null, table.toLowerCase(Locale.ROOT), null);
         ResultSet upper = c.getMetaData().getTables(null, null, table.toUpperCase(Locale.ROOT), null)) {
      return lower.next() || upper.next();
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the table list of the database: " + e.getMessage(), e);
    }
  }

  /** A SQL date literal both H2 and PostgreSQL accept. */
  public static String date(LocalDate d) {
    return "DATE '" + d + "'";
  }
}
