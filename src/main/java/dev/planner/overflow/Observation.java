package dev.planner.overflow;

import dev.planner.model.SessionId;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What was seen at one session: whether its room turned people away, or how many people were in it
 * (a head count at the doors' limit counts as full).
 *
 * @param headcount present when a head count was taken; {@code full} is then derived from it
 */
public record Observation(SessionId id, boolean full, OptionalInt headcount) {
  public Observation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headcount, "headcount");
    if (headcount.isPresent() && headcount.getAsInt() < 0) {
      throw new IllegalArgumentException("a head count must not be negative, was " + headcount.getAsInt());
    }
  }

  public static Observation full(SessionId id, boolean full) {
    return new Observation(id, full, OptionalInt.empty());
  }

  public static Observation counted(SessionId id, int headcount) {
    return new Observation(id, false, OptionalInt.of(headcount));
  }

  /** Whether the room was full, given the doors close at {@code effectiveCapacity} people. */
  public boolean wasFull(double effectiveCapacity) {
    return headcount.isPresent() ? headcount.getAsInt() >= Math.floor(effectiveCapacity) : full;
  }
}
