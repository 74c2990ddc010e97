package dev.planner.planning;

import dev.planner.ranking.ScoredSession;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a day plan: the primary session, when to be at its door (or that you keep your seat
 * from the talk before, in the same room), the chance of getting in then, the backups in the order
 * to try them, what is left if all are full (and the interest it still gives, such as a recording's),
 * when to leave the primary before its end for the next window, and what the window is expected to
 * give: interest, talks (shares of talks actually sat through) and worth (see {@link WorthScale}).
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
    double expectedTalks,
    double expectedWorth,
    Optional<ZonedDateTime> leaveAt) {

  public PlanWindow {
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(arriveBy, "arriveBy");
    if (arriveBy.isAfter(primary.session().start())) {
      throw new IllegalArgumentException("arrive-by after the start of " + primary.session().id());
    }
    backups = List.copyOf(backups);
    Objects.requireNonNull(fallback, "fallback");
    Objects.requireNonNull(leaveAt, "leaveAt");
    if (leaveAt.isPresent() && !leaveAt.get().isBefore(primary.session().end())) {
      throw new IllegalArgumentException("leave-at not before the end of " + primary.session().id());
    }
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

  /**
   * When the window asks you to be at the primary's door: the arrive-by, or the start when you keep
   * your seat (someone not already seated comes to the door at the start).
   */
  public ZonedDateTime doorTime() {
    return staysSeated ? start() : arriveBy;
  }
}
