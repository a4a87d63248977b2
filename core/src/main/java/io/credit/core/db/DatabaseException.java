package io.credit.core.db;

/** The database cannot be reached or migrated; the message says which and why. */
public class DatabaseException extends RuntimeException {
  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
