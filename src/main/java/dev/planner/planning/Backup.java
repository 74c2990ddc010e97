package dev.planner.planning;

import dev.planner.ranking.ScoredSession;
import java.util.Objects;

/**
 * A session to try when the primary's door is closed: how far it is from the primary's door, and
 * how likely it is full exactly then.
 */
public record Backup(ScoredSession scored, int walkMinutes, double pFullGivenPrimaryFull, double admission) {
  public Backup {
    Objects.requireNonNull(scored, "scored");
    if (walkMinutes < 0) {
      throw new IllegalArgumentException("walkMinutes must not be negative");
    }
  }
}
