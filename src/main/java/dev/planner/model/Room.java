package dev.planner.model;

import java.util.Objects;

/**
 * A room of the venue with its seat count; {@code level} and {@code building} place it for walking
 * times and are empty when unknown. {@code capacityDoubt} is how far the seat count may be off, as the
 * standard deviation of its logarithm: 0 for a count taken as given, about 0.5 for a prior guessed
 * from the room's role (a factor of 1.6 either way).
 */
public record Room(
    RoomId id,
    String name,
    int capacity,
    CapacitySource capacitySource,
    String level,
    String building,
    double capacityDoubt) {

  /** The doubt of a prior seat count, guessed from a room's role: a factor of 1.65 either way. */
  public static final double PRIOR_DOUBT = 0.5;

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
    if (!(capacityDoubt >= 0 && capacityDoubt <= 2)) {
      throw new IllegalArgumentException("capacity doubt of room " + id + " must be from 0 to 2, was " + capacityDoubt);
    }
  }

  /** A room whose seat count is taken as given, or carries a prior's doubt when it is a prior. */
  public Room(RoomId id, String name, int capacity, CapacitySource capacitySource, String level, String building) {
    this(id, name, capacity, capacitySource, level, building, capacitySource == CapacitySource.PRIOR ? PRIOR_DOUBT : 0);
  }

  /** The seat counts within which the true one lies with about 80% chance (±1.28 standard deviations). */
  public int capacityLow() {
    return (int) Math.max(1, Math.round(capacity * Math.exp(-1.28 * capacityDoubt)));
  }

  public int capacityHigh() {
    return (int) Math.round(capacity * Math.exp(1.28 * capacityDoubt));
  }

  /** A room without a known capacity, level or building. */
  public static Room withDefaultCapacity(RoomId id, String name) {
    return new Room(id, name, DEFAULT_CAPACITY, CapacitySource.DEFAULT, "", "");
  }

  public Room withCapacity(int seats, CapacitySource source) {
    return new Room(id, name, seats, source, level, building);
  }

  public Room withCapacity(int seats, CapacitySource source, double doubt) {
    return new Room(id, name, seats, source, level, building, doubt);
  }

  public Room withLevel(String newLevel) {
    return new Room(id, name, capacity, capacitySource, newLevel, building, capacityDoubt);
  }
}
