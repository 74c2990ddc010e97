package dev.planner.ranking;

import dev.planner.model.Schedule;
import dev.planner.model.Session;
import java.util.Objects;

/** Two must-see sessions that overlap, so the attendee cannot be in both; {@code first} comes first in schedule order. */
public record MustSeeConflict(Session first, Session second) {
  public MustSeeConflict {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (Schedule.ORDER.compare(first, second) >= 0) {
      throw new IllegalArgumentException("conflict pairs are kept in schedule order");
    }
  }
}
