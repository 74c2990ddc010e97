package dev.planner.importing;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the user tells a reader that the file may not: the conference's zone and its attendance.
 * Where the file says it too, the user wins.
 */
public record ReadOptions(Optional<ZoneId> timezone, OptionalInt attendees) {
  public static final ReadOptions NONE = new ReadOptions(Optional.empty(), OptionalInt.empty());

  public ReadOptions {
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(attendees, "attendees");
  }
}
