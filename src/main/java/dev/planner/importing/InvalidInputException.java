package dev.planner.importing;

import java.util.List;

/**
 * An input the planner cannot use (a schedule, profile, room list...), with every problem found in
 * it; the command line turns it into exit code 3.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public InvalidInputException(List<Diagnostic> diagnostics) {
    super(firstError(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** A single error at a place in a file. */
  public static InvalidInputException at(String source, int line, int column, String message) {
    return new InvalidInputException(
        List.of(new Diagnostic(Diagnostic.Severity.ERROR, source, line, column, message)));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String firstError(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .filter(Diagnostic::isError)
        .findFirst()
        .map(Diagnostic::format)
        .orElse("invalid input");
  }
}
