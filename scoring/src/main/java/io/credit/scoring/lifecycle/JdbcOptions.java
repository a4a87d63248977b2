package io.credit.scoring.lifecycle;

import io.credit.core.config.PlatformConfig;
import java.util.HashMap;
import java.util.Map;

/** Spark JDBC options for the platform database. */
final class JdbcOptions {
  private JdbcOptions() {}

  static Map<String, String> of(PlatformConfig config) {
    Map<String, String> o = new HashMap<>();
    o.put("url", config.effectiveDbUrl());
    if (config.dbUser() != null) {
      o.put("user", config.dbUser());
    }
    if (config.dbPassword() != null) {
      o.put("password", config.dbPassword());
    }
    o.put("driver", config.isPostgres() ? "org.postgresql.Driver" : "org.h2.Driver");
    return o;
  }
}
