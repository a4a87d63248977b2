package io.credit.core.cli;

import io.credit.core.config.PlatformConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options every command shares (a picocli mixin). Each has an environment variable fallback so a
 * scheduler can configure the platform without putting secrets on the command line.
 */
public class PlatformOptions {
  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:CREDIT_DATA_DIR:-data}",
      description = "Local state: H2 database, transaction lake, feature store, models, reports "
          + "(default: ${DEFAULT-VALUE}; env CREDIT_DATA_DIR).")
  Path dataDir;

  @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:CREDIT_DB_URL}",
      description = "Database JDBC URL, e.g. jdbc:postgresql://localhost:5432/credit "
          + "(default: embedded H2 file database under the data directory; env CREDIT_DB_URL).")
  String dbUrl;

  @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:CREDIT_DB_USER}",
      description = "Database user (env CREDIT_DB_USER).")
  String dbUser;

  @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:CREDIT_DB_PASSWORD}",
      description = "Database password (prefer env CREDIT_DB_PASSWORD: command lines are visible to other users).")
  String dbPassword;

  @Option(names = "--spark-master", paramLabel = "URL", defaultValue = "${env:CREDIT_SPARK_MASTER}",
      description = "Spark master, e.g. local[2] or spark://host:7077 (default: local[*], or what spark-submit set; "
          + "env CREDIT_SPARK_MASTER).")
  String sparkMaster;

  @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "${env:CREDIT_INBOX:-inbox}",
      description = "Folder with one sub-folder of input files per business date (default: ${DEFAULT-VALUE}; env CREDIT_INBOX).")
  Path inboxDir;

  public PlatformConfig toConfig() {
    return new PlatformConfig(dataDir, blankToNull(dbUrl), blankToNull(dbUser), blankToNull(dbPassword),
        blankToNull(sparkMaster), inboxDir);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
