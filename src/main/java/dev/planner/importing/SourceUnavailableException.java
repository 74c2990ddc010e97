package dev.planner.importing;

import java.io.IOException;

/** An input that could not be read at all: a missing file, an unreachable URL. Exit code 4. */
public final class SourceUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  public SourceUnavailableException(String message) {
    super(message);
  }

  public SourceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
