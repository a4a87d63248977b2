package io.credit.core.db;

import io.credit.core.config.PlatformConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A process that opens the platform's H2 file database, commits one audit row, leaves a second one
 * uncommitted, says {@code READY} and waits to be killed. Arg: the data directory.
 */
public final class DatabaseHolder {
  private DatabaseHolder() {}

  public static void main(String[] args) throws Exception {
    Database db = Database.open(PlatformConfig.defaults().withDataDir(Path.of(args[0])));
    db.jdbi().useHandle(h -> h.execute(H2CrashRecoveryTest.insert("committed")));
    Connection open = db.connection();
    open.setAutoCommit(false);
    try (Statement s = open.createStatement()) {
      s.execute(H2CrashRecoveryTest.insert("uncommitted"));
    }
    System.out.println("READY");
    System.out.flush();
    Thread.sleep(600_000);
  }
}
