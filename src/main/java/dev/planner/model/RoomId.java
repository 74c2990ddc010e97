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

  @Override
  public String toString() {
    return value;
  }
}
