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

  @Override
  public String toString() {
    return value;
  }
}
