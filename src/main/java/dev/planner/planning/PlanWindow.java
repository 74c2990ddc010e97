package dev.planner.planning;

import dev.planner.ranking.ScoredSession;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One step of a day plan: the primary session, when to be at its door (or that you keep your seat
 * from the talk before, in the same room), the chance of getting in then, the backups in the order to try them, what is left if all are full (and the interest it
 * still gives, such as a recording's), and what the window is expected to give.
 */
public record PlanWindow(
    ScoredSession primary,
    ZonedDateTime arriveBy,
    boolean staysSeated,
    double pFull,
    double admission,
    List<Backup> backups,
    Fallback fallback,
    double fallbackInterest,
    double expectedInterest,
    double expectedTalks) {

  public PlanWindow {
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(arriveBy, "arriveBy");
    if (arriveBy.isAfter(primary.session().start())) {
      throw new IllegalArgumentException("arrive-by after the start of " + primary.session().id());
    }
    backups = List.copyOf(backups);
    Objects.requireNonNull(fallback, "fallback");
  }

  public ZonedDateTime start() {
    return primary.session().start();
  }

  public ZonedDateTime end() {
    return primary.session().end();
  }

  /** Minutes between arriving and the start. */
  public long leadMinutes() {
    return Duration.between(arriveBy, start()).toMinutes();
  }
}
