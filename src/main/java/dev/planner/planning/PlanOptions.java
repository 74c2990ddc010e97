package dev.planner.planning;

import dev.planner.model.SessionId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to plan: backups per window, the arrival leads to consider, the attendee's pace and worth of
 * a recording, what is known during the day (the time now, rooms full now, where you are), and
 * whether to fill the day with talks the profile is indifferent to.
 */
public record PlanOptions(
    int backups,
    List<Integer> leadChoices,
    double walkingPace,
    double recordingValue,
    Optional<ZonedDateTime> now,
    Set<SessionId> fullNow,
    Optional<SessionId> attended,
    boolean fill) {

  /** Minutes before a start the planner considers arriving: on time up to twenty minutes early. */
  public static final List<Integer> DEFAULT_LEADS = List.of(0, 5, 10, 15, 20);

  public PlanOptions {
    if (backups < 0) {
      throw new IllegalArgumentException("backups must not be negative");
    }
    leadChoices = List.copyOf(leadChoices);
    if (leadChoices.isEmpty()) {
      throw new IllegalArgumentException("lead choices must be minutes from zero up");
    }
    for (int lead : leadChoices) {
      if (lead < 0) {
        throw new IllegalArgumentException("lead choices must be minutes from zero up");
      }
    }
    if (!(walkingPace > 0)) {
      throw new IllegalArgumentException("walkingPace must be positive");
    }
    Objects.requireNonNull(now, "now");
    fullNow = Set.copyOf(fullNow);
    Objects.requireNonNull(attended, "attended");
  }

  /** Options that leave the day's free time free. */
  public PlanOptions(int backups, List<Integer> leadChoices, double walkingPace, double recordingValue,
      Optional<ZonedDateTime> now, Set<SessionId> fullNow, Optional<SessionId> attended) {
    this(backups, leadChoices, walkingPace, recordingValue, now, fullNow, attended, false);
  }

  public static PlanOptions defaults(int backups) {
    return new PlanOptions(backups, DEFAULT_LEADS, 1.0, 0.0, Optional.empty(), Set.of(), Optional.empty());
  }

  /** The same options, filling the day (or not) with talks the profile is indifferent to. */
  public PlanOptions withFill(boolean fillTheDay) {
    return new PlanOptions(backups, leadChoices, walkingPace, recordingValue, now, fullNow, attended, fillTheDay);
  }
}
