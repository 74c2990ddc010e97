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

  /**
   * The generated equality, written out: generated methods are linked at their first call, which at
   * start-up costs more than hashing all of a feed's ids.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof RoomId id && value.equals(id.value);
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
