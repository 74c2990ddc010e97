package dev.planner.importing;

import java.util.Objects;

/**
 * One problem found in an input, placed by file, line and column (0 where the format has none),
 * printed as {@code file:line:col: severity: message}.
 */
public record Diagnostic(Severity severity, String source, int line, int column, String message) {

  /** Whether a problem stops the input from being used. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The one-line form users see, like a compiler's. */
  public String format() {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ").append(isError() ? "error" : "warning").append(": ").append(message);
    return text.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
