package dev.planner.model;

import java.util.Map;
import java.util.Objects;

/**
 * Minutes to walk between rooms: an explicit table where the venue gives one, otherwise by whether
 * the rooms share a level or a building.
 */
public record WalkingTimes(
    int sameLevel, int otherLevel, int otherBuilding, Map<RoomPair, Integer> between) {

  /** Defaults for a large venue when the schedule gives none. */
  public static final WalkingTimes DEFAULT = new WalkingTimes(3, 6, 10, Map.of());

  public WalkingTimes {
    Checks.notNegative(sameLevel, "sameLevel");
    Checks.notNegative(otherLevel, "otherLevel");
    Checks.notNegative(otherBuilding, "otherBuilding");
    between = Map.copyOf(Objects.requireNonNull(between, "between"));
  }

  /** Minutes from one room's door to another's; zero for the same room. */
  public int minutes(Room from, Room to) {
    if (from.id().equals(to.id())) {
      return 0;
    }
    Integer explicit = between.get(RoomPair.of(from.id(), to.id()));
    if (explicit != null) {
      return explicit;
    }
    if (!from.building().equals(to.building())) {
      return otherBuilding;
    }
    if (!from.level().isEmpty() && from.level().equals(to.level())) {
      return sameLevel;
    }
    return from.level().isEmpty() && to.level().isEmpty() ? sameLevel : otherLevel;
  }

  /** An unordered pair of rooms, the key of the explicit walking table. */
  public record RoomPair(RoomId first, RoomId second) {
    public RoomPair {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
      if (first.compareTo(second) > 0) {
        throw new IllegalArgumentException("use RoomPair.of to order the pair");
      }
    }

    public static RoomPair of(RoomId a, RoomId b) {
      return a.compareTo(b) <= 0 ? new RoomPair(a, b) : new RoomPair(b, a);
    }

    // Written out, as RoomId's: the generated record methods are slow before the JIT warms up.
    @Override
    public boolean equals(Object other) {
      return other instanceof RoomPair pair && first.equals(pair.first) && second.equals(pair.second);
    }

    @Override
    public int hashCode() {
      return 31 * first.hashCode() + second.hashCode();
    }
  }
}
