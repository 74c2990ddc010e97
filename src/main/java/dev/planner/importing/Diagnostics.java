package dev.planner.importing;

import dev.planner.importing.Diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one input so that a reader reports all of them, not only the first. */
public final class Diagnostics {
  /** Past this many errors a reader stops looking: the user has enough to fix. */
  static final int MAX_ERRORS = 100;

  private final String source;
  private final List<Diagnostic> all = new ArrayList<>();
  private int errors;

  public Diagnostics(String source) {
    this.source = source;
  }

  public String source() {
    return source;
  }

  public void error(int line, int column, String message) {
    errors++;
    all.add(new Diagnostic(Severity.ERROR, source, line, column, message));
    if (errors >= MAX_ERRORS) {
      throw failure();
    }
  }

  public void warning(int line, int column, String message) {
    all.add(new Diagnostic(Severity.WARNING, source, line, column, message));
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  public List<Diagnostic> all() {
    return List.copyOf(all);
  }

  public List<Diagnostic> warnings() {
    List<Diagnostic> warnings = new ArrayList<>();
    for (Diagnostic diagnostic : all) {
      if (!diagnostic.isError()) {
        warnings.add(diagnostic);
      }
    }
    return List.copyOf(warnings);
  }

  /** Throws the collected errors, if there are any. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw failure();
    }
  }

  /** The exception carrying everything collected so far. */
  public InvalidInputException failure() {
    return new InvalidInputException(all());
  }

  /** A count such as {@code 2 errors, 5 warnings}. */
  public static String summary(List<Diagnostic> diagnostics) {
    long errorCount = diagnostics.stream().filter(Diagnostic::isError).count();
    long warningCount = diagnostics.size() - errorCount;
    return plural(errorCount, "error") + ", " + plural(warningCount, "warning");
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
