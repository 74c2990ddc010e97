package dev.planner.overflow;

import dev.planner.model.Session;
import dev.planner.model.SessionId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The forecast for one session: people in sessions at its time, its utility and share against its
 * competitors, expected demand, seats and effective capacity, fill ratio (demand over seats), P(full),
 * level, and the latest arrival that gives the target chance of getting in.
 *
 * @param peopleInSessions M(t), the people sitting in sessions at the session's start
 * @param attendanceTerms the named factors whose product is {@code peopleInSessions}
 * @param utilityTerms the terms summed into {@code utility}
 * @param share the session's multinomial logit share against competitors and the hallway
 * @param competitors the sessions it competes with (overlapping at least minOverlap of the shorter), in schedule order
 * @param overlapping every session running at the same time, weighted by how much of the shorter of the two it overlaps
 * @param minutesEarly how many minutes before the start {@code arriveBy} is, before rounding
 */
public record SessionRisk(
    Session session,
    int capacity,
    double effectiveCapacity,
    double peopleInSessions,
    List<ModelTerm> attendanceTerms,
    List<ModelTerm> utilityTerms,
    double utility,
    double share,
    List<SessionId> competitors,
    List<Overlap> overlapping,
    double expectedDemand,
    double fillRatio,
    double pFull,
    RiskLevel level,
    double minutesEarly,
    ZonedDateTime arriveBy) {

  public SessionRisk {
    Objects.requireNonNull(session, "session");
    attendanceTerms = List.copyOf(attendanceTerms);
    utilityTerms = List.copyOf(utilityTerms);
    competitors = List.copyOf(competitors);
    overlapping = List.copyOf(overlapping);
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(arriveBy, "arriveBy");
    if (!(pFull >= 0 && pFull <= 1)) {
      throw new IllegalArgumentException("pFull must be from 0 to 1, was " + pFull);
    }
  }

  public SessionId id() {
    return session.id();
  }

  public int competitorCount() {
    return competitors.size();
  }

  /** A session running at the same time, and the share of the shorter of the two that they overlap, in (0, 1]. */
  public record Overlap(SessionId id, double weight) {
    public Overlap {
      Objects.requireNonNull(id, "id");
      if (!(weight > 0 && weight <= 1)) {
        throw new IllegalArgumentException("overlap weight must be above 0 and at most 1, was " + weight);
      }
    }
  }
}
