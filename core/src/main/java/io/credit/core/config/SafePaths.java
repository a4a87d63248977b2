package io.credit.core.config;

import java.nio.file.Path;

/** Resolves user-supplied names under a root folder, refusing anything that escapes it. */
public final class SafePaths {
  private SafePaths() {}

  public static Path within(Path root, String relative) {
    if (relative == null || relative.isBlank() || relative.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("empty or invalid path");
    }
    Path base = root.toAbsolutePath().normalize();
    Path p = base.resolve(relative).normalize();
    if (!p.startsWith(base)) {
      throw new IllegalArgumentException("path escapes " + base + ": " + relative);
    }
    return p;
  }
}
