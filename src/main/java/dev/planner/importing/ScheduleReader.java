package dev.planner.importing;

/** Reads one schedule format into the model, reporting every problem as a {@link Diagnostic}. */
public interface ScheduleReader {
  /** The most sessions a schedule may have: about fifty times the largest real conference. */
  int MAX_SESSIONS = 200_000;

  Format format();

  /** Whether the start of a file (its first few kilobytes, as text) looks like this format. */
  boolean recognises(String head);

  /**
   * Reads a whole source.
   *
   * @throws InvalidInputException with every error found, when the source cannot be used
   */
  ReadResult read(Source source, ReadOptions options);
}
