package io.credit.core.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where the pseudonymisation secret comes from: the environment variable
 * {@value #ENV} (hex), else the file {@code <data-dir>/secret/pseudonym.key}, generated on first use
 * with owner-only permissions. The key is never committed and never logged.
 */
public final class PseudonymKey {
  public static final String ENV = "CREDIT_PSEUDONYM_KEY";

  private PseudonymKey() {}

  public static byte[] load(Path dataDir) {
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      return HexFormat.of().parseHex(env.trim());
    }
    Path file = dataDir.resolve("secret").resolve("pseudonym.key");
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Files.writeString(file, HexFormat.of().formatHex(secret) + "\n");
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
          // not a POSIX file system
        }
      }
      return HexFormat.of().parseHex(Files.readString(file).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create pseudonymisation key " + file, e);
    }
  }
}
