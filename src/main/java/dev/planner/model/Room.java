package dev.planner.model;

import java.util.Objects;

/**
 * A room of the venue with its seat count; {@code level} and {@code building} place it for walking
 * times and are empty when unknown.
 */
public record Room(
    RoomId id,
    String name,
    int capacity,
    CapacitySource capacitySource,
    String level,
    String building) {

  /** The seat count given to rooms whose source says nothing, documented in the schedule format. */
  public static final int DEFAULT_CAPACITY = 200;

  public Room {
    Objects.requireNonNull(id, "id");
    Checks.notBlank(name, "room name");
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity of room " + id + " must be positive, was " + capacity);
    }
    Objects.requireNonNull(capacitySource, "capacitySource");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(building, "building");
  }

  /** A room without a known capacity, level or building. */
  public static Room withDefaultCapacity(RoomId id, String name) {
    return new Room(id, name, DEFAULT_CAPACITY, CapacitySource.DEFAULT, "", "");
  }

  public Room withCapacity(int seats, CapacitySource source) {
    return new Room(id, name, seats, source, level, building);
  }

  public Room withLevel(String newLevel) {
    return new Room(id, name, capacity, capacitySource, newLevel, building);
  }
}
