package dev.planner.cli;

/** A mistake in how the planner was called that only a command can see (an unknown day); exit 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
