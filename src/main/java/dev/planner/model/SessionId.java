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

  // Written out: a record's generated equals and hashCode run through method handles, slow until the
  // JIT has warmed up, and ids are hashed on every lookup of a short run.
  @Override
  public boolean equals(Object other) {
    return other instanceof SessionId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
