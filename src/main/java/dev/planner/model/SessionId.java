package dev.planner.model;

/** The identifier of a session, unique within one schedule. */
public record SessionId(String value) implements Comparable<SessionId> {
  public SessionId {
    Checks.notBlank(value, "session id");
  }

  @Override
  public int compareTo(SessionId other) {
    return value.compareTo(other.value);
  }

  /**
   * The generated equality, written out: generated methods are linked at their first call, which at
   * start-up costs more than hashing all of a feed's ids.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof SessionId id && value.equals(id.value);
  }

  /** The value's hash, as the generated one gives it, so that maps iterate in the same order. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
