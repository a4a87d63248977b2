package io.credit.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.credit.core.config.PlatformConfig;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's relational database: a pooled {@link DataSource}, migrated to the current schema
 * by Flyway on open, with a {@link Jdbi} on top.
 *
 * <p>Every module ships its migrations under {@code classpath:db/migration} with its own version
 * range (core 1.x, ingestion 2.x, features 3.x, scoring 4.x, lending 5.x, reports 6.x); the same
 * scripts run on H2 (in PostgreSQL mode) and on PostgreSQL.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final boolean postgres;

  private Database(HikariDataSource dataSource, boolean postgres) {
    this.dataSource = dataSource;
    this.postgres = postgres;
    this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
  }

  /** Opens (creating the H2 file on first use) and migrates the configured database. */
  public static Database open(PlatformConfig config) {
    String url = config.effectiveDbUrl();
    if (url.startsWith("jdbc:h2:file:")) {
      try {
        Files.createDirectories(config.dataDir().resolve("db"));
      } catch (java.io.IOException e) {
        throw new DatabaseException("cannot create database folder under " + config.dataDir(), e);
      }
    }
    return open(url, config.dbUser(), config.dbPassword());
  }

  /** Opens and migrates the database at a JDBC URL. */
  public static Database open(String url, String user, String password) {
    H2CrashRecovery.rebuildIfCrashed(url, user, password);
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(url);
    if (user != null) {
      hikari.setUsername(user);
    }
    if (password != null) {
      hikari.setPassword(password);
    }
    // 16: the HTTP API keeps one connection per worker thread (8 by default) and a publish in the same
    // process (the serving benchmark) needs its writers' connections beside them
    hikari.setMaximumPoolSize(16);
    hikari.setPoolName("credit-db");
    hikari.setInitializationFailTimeout(10_000);
    // a database that went away fails each waiting call after 10 s (Hikari's default is 30 s), so a
    // run that lost its database ends within a minute or two instead of many times 30 s
    hikari.setConnectionTimeout(10_000);
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      throw new DatabaseException("cannot connect to " + redact(url) + ": " + DatabaseException.rootMessage(e), e);
    }
    Database db = new Database(ds, url.startsWith("jdbc:postgresql:"));
    try {
      db.migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    return db;
  }

  private void migrate() {
    Flyway flyway = Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .outOfOrder(true)
        .ignoreMigrationPatterns("*:missing", "*:future")
        .load();
    MigrateResult result = flyway.migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info("database schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
          result.migrationsExecuted);
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public boolean isPostgres() {
    return postgres;
  }

  /** A connection for code that needs plain JDBC (Spark JDBC writes, Spring Batch). */
  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void close() {
    dataSource.close();
  }

  /** Removes credentials from a JDBC URL before it is shown. */
  public static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }
}
