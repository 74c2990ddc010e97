package dev.planner.overflow;

import dev.planner.model.Session;
import dev.planner.model.SessionId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The forecast for one session: people in sessions at its time, its utility and share in its choice
 * set, expected demand, seats and effective capacity, fill ratio (demand over seats), P(full), level,
 * and the latest arrival that gives the target chance of getting in, or the window's earliest with
 * the best chance there is when no arrival gives it.
 *
 * @param peopleInSessions M(t), the people sitting in sessions at the session's start
 * @param attendanceTerms the named factors whose product is {@code peopleInSessions}
 * @param utilityTerms the terms summed into the utility
 * @param choice what the people choosing it at its start choose between: the hallway and its alternatives
 * @param arrival when to arrive, worked out when first asked for ({@link #minutesEarly}, {@link #arriveBy},
 *     {@link #targetReachable}, {@link #chanceAtArriveBy})
 */
public record SessionRisk(
    Session session,
    int capacity,
    double effectiveCapacity,
    double peopleInSessions,
    List<ModelTerm> attendanceTerms,
    List<ModelTerm> utilityTerms,
    ChoiceSet choice,
    double expectedDemand,
    double fillRatio,
    double pFull,
    RiskLevel level,
    ArrivalAdvice arrival) {

  public SessionRisk {
    Objects.requireNonNull(session, "session");
    attendanceTerms = List.copyOf(attendanceTerms);
    utilityTerms = List.copyOf(utilityTerms);
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(arrival, "arrival");
    requireChance(pFull, "pFull");
    if (!Double.isFinite(expectedDemand) || expectedDemand < 0) {
      throw new IllegalArgumentException("expected demand must be a finite number of people, was " + expectedDemand);
    }
  }

  public SessionId id() {
    return session.id();
  }

  /** How many minutes before the start {@code arriveBy} is, before rounding. */
  public double minutesEarly() {
    return arrival.advice().minutesEarly();
  }

  /** The latest whole minute that gives the target chance of getting in, or the window's earliest. */
  public ZonedDateTime arriveBy() {
    return arrival.arriveBy();
  }

  /** Whether arriving by {@code arriveBy} gives the target chance of getting in. */
  public boolean targetReachable() {
    return arrival.advice().reachable();
  }

  /** The chance of getting in arriving {@code minutesEarly} before the start. */
  public double chanceAtArriveBy() {
    return arrival.advice().chance();
  }

  /** The session's utility in the multinomial logit. */
  public double utility() {
    return choice.utility();
  }

  /** The session's share of the people in sessions at its start. */
  public double share() {
    return choice.share();
  }

  /** The sessions that are an alternative to it at its start, in schedule order. */
  public List<SessionId> competitors() {
    return choice.competitors();
  }

  public int competitorCount() {
    return choice.alternatives().size();
  }

  private static void requireChance(double value, String what) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(what + " must be from 0 to 1, was " + value);
    }
  }
}
