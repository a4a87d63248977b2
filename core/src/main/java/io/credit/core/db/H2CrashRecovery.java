package io.credit.core.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovery of an embedded H2 file database whose hosting process died (kill -9, power loss, OOM
 * killer) before closing it.
 *
 * <p>H2 2.x can leave a row version of the dead process's unfinished transaction behind that no later
 * transaction can lock: the next update of that row spins for ever (a Spring Batch restart updating
 * the interrupted step's row hung this way; H2 issue #3853 shows the same loop). Reads still see the
 * last committed value. So before such a database is opened, it is rebuilt from its committed state:
 * {@code SCRIPT} into a compressed SQL file, a fresh database file, {@code RUNSCRIPT}. Only committed
 * data exists afterwards, which is all a crashed process may leave.
 *
 * <p>A database is taken as crashed when H2's lock file is still there but nothing answers at the
 * server address it records (every platform URL uses {@code AUTO_SERVER}, so a live holder always
 * listens). A database in use by a live process, or closed cleanly (no lock file), is not touched.
 */
final class H2CrashRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(H2CrashRecovery.class);
  private static final String PREFIX = "jdbc:h2:file:";

  private H2CrashRecovery() {}

  /**
   * Rebuilds the database at {@code url} when its last host died with it open; otherwise does nothing.
   *
   * @return whether it was rebuilt
   */
  static boolean rebuildIfCrashed(String url, String user, String password) {
    if (!url.startsWith(PREFIX) || !url.toUpperCase(java.util.Locale.ROOT).contains("AUTO_SERVER=TRUE")) {
      return false;
    }
    Path base = Path.of(url.substring(PREFIX.length()).split(";", 2)[0]);
    Path lockFile = Path.of(base + ".lock.db");
    if (!Files.exists(lockFile)) {
      return false;
    }
    Path guard = Path.of(base + ".recovery.lock");
    try (FileChannel channel = FileChannel.open(guard, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock ignored = channel.lock()) {
      // a second process that waited here finds the database already rebuilt (no stale lock file)
      if (Files.exists(lockFile) && !holderIsAlive(lockFile)) {
        String staleLock = Files.readString(lockFile);
        rebuild(url, base, user, password);
        // opened without AUTO_SERVER, H2 locked the file itself and left the dead holder's lock file;
        // remove it unless a new holder has rewritten it meanwhile
        if (Files.exists(lockFile) && Files.readString(lockFile).equals(staleLock)) {
          Files.delete(lockFile);
        }
        return true;
      }
      return false;
    } catch (IOException e) {
      throw new DatabaseException("cannot check " + base + ".mv.db for an unclean shutdown: " + e.getMessage(), e);
    }
  }

  /** Whether the H2 server recorded in the lock file answers (the process holding the database is alive). */
  private static boolean holderIsAlive(Path lockFile) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(lockFile)) {
      p.load(in);
    } catch (IOException e) {
      return true; // being written by a process opening the database right now
    }
    Optional<String> server = Optional.ofNullable(p.getProperty("server"));
    if (server.isEmpty()) {
      return true; // not an AUTO_SERVER lock: leave the decision to H2
    }
    String[] hostPort = server.get().split(":");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 2_000);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void rebuild(String url, Path base, String user, String password) {
    long started = System.nanoTime();
    Path dbFile = Path.of(base + ".mv.db");
    Path script = Path.of(base + ".recovery.sql.gz");
    Path crashed = Path.of(base + ".crashed.mv.db");
    String exclusive = url.replaceAll("(?i);AUTO_SERVER=TRUE", "");
    String u = user == null ? "" : user;
    String pw = password == null ? "" : password;
    LOG.warn("database {} was left open by a process that died: rebuilding it from its committed state "
        + "(H2 can keep unusable row locks of the dead process's last transaction)", dbFile);
    try {
      try (Connection c = DriverManager.getConnection(exclusive, u, pw); Statement s = c.createStatement()) {
        s.execute("SCRIPT TO '" + sqlString(script) + "' COMPRESSION GZIP");
        s.execute("SHUTDOWN");
      }
      Files.move(dbFile, crashed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      try (Connection c = DriverManager.getConnection(exclusive, u, pw); Statement s = c.createStatement()) {
        s.execute("RUNSCRIPT FROM '" + sqlString(script) + "' COMPRESSION GZIP");
        s.execute("SHUTDOWN");
      } catch (SQLException e) {
        Files.deleteIfExists(dbFile);
        Files.move(crashed, dbFile);
        throw e;
      }
      Files.delete(crashed);
      Files.delete(script);
    } catch (SQLException | IOException e) {
      throw new DatabaseException("the database " + dbFile + " was left open by a process that died, and rebuilding it "
          + "failed: " + e.getMessage() + ". The original file is unchanged; restore a backup or delete it to start over.",
          e);
    }
    LOG.warn("database {} rebuilt from its committed state in {} ms", dbFile, (System.nanoTime() - started) / 1_000_000);
  }

  private static String sqlString(Path p) {
    return p.toAbsolutePath().toString().replace("'", "''");
  }
}
