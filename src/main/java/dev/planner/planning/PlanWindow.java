package dev.planner.planning;

import dev.planner.ranking.ScoredSession;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/** One step of a day plan: the primary session for a span of time and where to go if it is full. */
public record PlanWindow(ZonedDateTime start, ZonedDateTime end, ScoredSession primary, List<ScoredSession> backups) {
  public PlanWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(primary, "primary");
    backups = List.copyOf(backups);
  }
}
