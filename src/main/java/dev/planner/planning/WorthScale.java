package dev.planner.planning;

import dev.planner.ranking.ScoredSession;
import java.util.List;

/**
 * What sitting through a whole session is worth to the plan. The planner works on four scales:
 *
 * <ul>
 *   <li><b>interest</b>: ranking's 0–100 score within the day, extended below zero here for sessions
 *       the profile avoids (their points are negative), on the same points-per-unit scale;
 *   <li><b>worth</b>: interest plus a talk point for being in a talk at all. The talk point is 1 when
 *       the day is filled (asked for, or when nothing in the day matches the profile, so that every
 *       talk counts the same) and 0 otherwise; an avoided session earns no talk point. A session with
 *       worth at or below zero is not worth going to;
 *   <li><b>objective</b>: a window's expected worth, summed over what may happen (in, a backup, the
 *       fallback) and over the share of each session actually sat through; the planner maximises its
 *       sum over the day;
 *   <li><b>value</b> ({@code rank --by value}, in ranking): interest times the chance to get in at the
 *       start, an ordering aid that the planner does not use.
 * </ul>
 */
final class WorthScale {
  /** The talk point of a filled day: being in any talk at all is worth this much on top of its interest. */
  static final double TALK_POINT = 1.0;

  private final double talkPoint;
  private final double pointsPerHundred;

  private WorthScale(double talkPoint, double pointsPerHundred) {
    this.talkPoint = talkPoint;
    this.pointsPerHundred = pointsPerHundred;
  }

  /**
   * The scale of a day's scored sessions: fills the day when asked to or when no session of the day
   * has any interest.
   */
  static WorthScale of(List<ScoredSession> day, boolean fill) {
    double top = 0;
    double deepest = 0;
    boolean anyInterest = false;
    for (ScoredSession scored : day) {
      double points = points(scored);
      top = Math.max(top, points);
      deepest = Math.max(deepest, -points);
      anyInterest |= scored.interest() > 0;
    }
    double perHundred = top > 0 ? top : deepest;
    return new WorthScale(fill || !anyInterest ? TALK_POINT : 0, perHundred);
  }

  /** Every session counts the same: worth one talk point, whatever its interest. */
  static WorthScale filled() {
    return new WorthScale(TALK_POINT, 0);
  }

  /** Whether every talk is worth a talk point on top of its interest. */
  boolean fills() {
    return talkPoint > 0;
  }

  double talkPoint() {
    return talkPoint;
  }

  /**
   * The session's interest: ranking's own when above zero, and below zero, on the same scale, for a
   * session whose matched terms add up to less than nothing.
   */
  double interest(ScoredSession scored) {
    if (scored.interest() > 0) {
      return scored.interest();
    }
    double points = points(scored);
    if (points >= 0 || pointsPerHundred <= 0) {
      return scored.interest();
    }
    return 100 * points / pointsPerHundred;
  }

  /** Interest plus the talk point; an avoided session earns no talk point, so its worth stays below zero. */
  double worth(ScoredSession scored) {
    double interest = interest(scored);
    return interest < 0 ? interest : interest + talkPoint;
  }

  private static double points(ScoredSession scored) {
    double sum = 0;
    for (ScoredSession.Contribution contribution : scored.contributions()) {
      sum += contribution.points();
    }
    return sum;
  }
}
