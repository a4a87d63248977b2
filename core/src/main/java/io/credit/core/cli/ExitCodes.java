package io.credit.core.cli;

/** Process exit codes every command uses; documented in the README. */
public final class ExitCodes {
  /** The command did what it was asked. */
  public static final int OK = 0;
  /** The job or command failed (a step failed, an unexpected error). */
  public static final int FAILED = 1;
  /** Wrong usage: unknown option, missing argument. */
  public static final int USAGE = 2;
  /** The input is bad: missing file, reject rate above the threshold, invalid configuration. */
  public static final int BAD_INPUT = 3;
  /** Another nightly run holds the lock on this database. */
  public static final int LOCKED = 4;
  /** The database cannot be reached or migrated. */
  public static final int DB_UNAVAILABLE = 5;

  private ExitCodes() {}
}
