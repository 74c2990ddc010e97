package dev.planner.model;

/** The identifier of a room, unique within one venue. */
public record RoomId(String value) implements Comparable<RoomId> {
  public RoomId {
    Checks.notBlank(value, "room id");
  }

  @Override
  public int compareTo(RoomId other) {
    return value.compareTo(other.value);
  }

  // Written out: a record's generated equals and hashCode run through method handles, slow until the
  // JIT has warmed up, and ids are hashed on every lookup of a short run.
  @Override
  public boolean equals(Object other) {
    return other instanceof RoomId id && value.equals(id.value);
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
