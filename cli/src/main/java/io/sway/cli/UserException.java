package io.sway.cli;

/** A mistake the user can fix; its message says how. Exit code 1, no stack trace. */
final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserException(String message) {
    super(message);
  }
}
