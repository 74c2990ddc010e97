package dev.planner.planning;

import dev.planner.ranking.ScoredSession;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A session to try when the primary's door is closed, in the order of the window's backups: how far
 * it is from the door tried before it (the primary's for the first), when you reach it if every door
 * before it was closed, and how likely it is full exactly then.
 */
public record Backup(ScoredSession scored, int walkMinutes, ZonedDateTime arrival, double pFullGivenPrimaryFull,
    double admission) {
  public Backup {
    Objects.requireNonNull(scored, "scored");
    Objects.requireNonNull(arrival, "arrival");
    if (walkMinutes < 0) {
      throw new IllegalArgumentException("walkMinutes must not be negative");
    }
  }

  /** When you would sit down in it: its start, or your arrival when that is later. */
  public ZonedDateTime joined() {
    return arrival.isAfter(scored.session().start()) ? arrival : scored.session().start();
  }
}
