package io.credit.core.cli;

/** Input the platform refuses: the message says what is wrong and how to fix it. Exit code 3. */
public class BadInputException extends RuntimeException {
  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
