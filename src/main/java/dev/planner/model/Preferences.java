package dev.planner.model;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How the attendee likes to spend a day: risk appetite, the worth of a recording against being in
 * the room (0–1), walking pace (1 = average, 2 = twice as fast), an optional lunch window and latest end.
 */
public record Preferences(
    RiskAppetite risk,
    double recordingValue,
    double walkingPace,
    Optional<TimeWindow> lunch,
    Optional<LocalTime> latestEnd) {

  public static final Preferences DEFAULT =
      new Preferences(RiskAppetite.NORMAL, 0.0, 1.0, Optional.empty(), Optional.empty());

  public Preferences {
    Objects.requireNonNull(risk, "risk");
    if (!(recordingValue >= 0 && recordingValue <= 1)) {
      throw new IllegalArgumentException("recordingValue must be between 0 and 1, was " + recordingValue);
    }
    if (!(walkingPace > 0 && walkingPace <= 10)) {
      throw new IllegalArgumentException("walkingPace must be above 0 and at most 10, was " + walkingPace);
    }
    Objects.requireNonNull(lunch, "lunch");
    Objects.requireNonNull(latestEnd, "latestEnd");
  }

  /** A span of local time within a day, such as a lunch window. */
  public record TimeWindow(LocalTime from, LocalTime to) {
    public TimeWindow {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (!to.isAfter(from)) {
        throw new IllegalArgumentException("window ends at " + to + ", not after " + from);
      }
    }
  }
}
