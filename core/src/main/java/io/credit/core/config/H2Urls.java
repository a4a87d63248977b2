package io.credit.core.config;

import java.nio.file.Path;

/** Builds H2 URLs in the mode the platform's SQL is written for (PostgreSQL compatibility). */
public final class H2Urls {
  /** Settings shared by file and in-memory databases: PostgreSQL dialect, lower-case identifiers. */
  public static final String COMPATIBILITY = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private H2Urls() {}

  /**
   * An H2 file database that several processes may open at once ({@code AUTO_SERVER}): the nightly
   * job and the HTTP API can run side by side on the embedded default. {@code WRITE_DELAY=0}: a commit
   * is written to the file before it returns, so a process killed right after committing loses
   * nothing (with H2's default of 500 ms, a kill -9 lost the last half second of commits).
   */
  public static String fileDatabase(Path fileWithoutSuffix) {
    return "jdbc:h2:file:" + fileWithoutSuffix.toAbsolutePath() + COMPATIBILITY + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
  }

  /** A private in-memory database that lives as long as the JVM (tests). */
  public static String inMemory(String name) {
    return "jdbc:h2:mem:" + name + COMPATIBILITY + ";DB_CLOSE_DELAY=-1";
  }
}
