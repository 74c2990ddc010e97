package dev.planner.planning;

import java.util.List;

/**
 * What a day plan is expected to give: talks attended, interest gained, and the chance of being
 * turned away from a primary at least once.
 */
public record PlanSummary(double expectedTalks, double expectedInterest, double pTurnedAwayAtLeastOnce) {
  public static PlanSummary of(List<PlanWindow> windows) {
    double talks = 0;
    double interest = 0;
    double neverTurnedAway = 1;
    for (PlanWindow window : windows) {
      talks += window.expectedTalks();
      interest += window.expectedInterest();
      // Keeping your seat cannot turn you away: only a door you walk up to can.
      neverTurnedAway *= window.staysSeated() ? 1 : window.admission();
    }
    return new PlanSummary(talks, interest, 1 - neverTurnedAway);
  }
}
