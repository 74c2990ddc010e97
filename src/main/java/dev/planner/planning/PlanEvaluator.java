package dev.planner.planning;

import java.util.SplittableRandom;

/**
 * Plays a day plan many times against the forecast's chances of getting in (seeded, so the same
 * plan gives the same figures) and reports what the attendee gains on average.
 */
public final class PlanEvaluator {
  private final int runs;
  private final long seed;

  public PlanEvaluator(int runs, long seed) {
    if (runs <= 0) {
      throw new IllegalArgumentException("runs must be positive");
    }
    this.runs = runs;
    this.seed = seed;
  }

  /** Interest gained, talks attended, and turn-aways, averaged over the runs. */
  public record Evaluation(double interest, double talks, double pTurnedAwayAtLeastOnce, double interestStandardError) {}

  public Evaluation evaluate(DayPlan plan) {
    SplittableRandom random = new SplittableRandom(seed);
    double interestSum = 0;
    double interestSquares = 0;
    double talksSum = 0;
    int turnedAwayRuns = 0;
    for (int run = 0; run < runs; run++) {
      double interest = 0;
      double talks = 0;
      boolean turnedAway = false;
      boolean seated = false;
      PlanWindow before = null;
      for (PlanWindow window : plan.windows()) {
        Outcome outcome = window.staysSeated() && seated ? new Outcome(window.primary().interest(), 1, false)
            : play(window, chanceAtTheDoor(window, before), random);
        seated = !outcome.turnedAway();
        before = window;
        interest += outcome.interest();
        talks += outcome.talks();
        turnedAway |= outcome.turnedAway();
      }
      interestSum += interest;
      interestSquares += interest * interest;
      talksSum += talks;
      turnedAwayRuns += turnedAway ? 1 : 0;
    }
    double mean = interestSum / runs;
    double variance = Math.max(0, interestSquares / runs - mean * mean);
    return new Evaluation(mean, talksSum / runs, turnedAwayRuns / (double) runs, Math.sqrt(variance / runs));
  }

  private record Outcome(double interest, double talks, boolean turnedAway) {}

  /** The chance at the door itself: for a seat kept from the talk before, the part not already seated. */
  private static double chanceAtTheDoor(PlanWindow window, PlanWindow before) {
    if (!window.staysSeated() || before == null || before.admission() >= 1) {
      return window.admission();
    }
    return (window.admission() - before.admission()) / (1 - before.admission());
  }

  private static Outcome play(PlanWindow window, double chance, SplittableRandom random) {
    if (random.nextDouble() < chance) {
      return new Outcome(window.primary().interest(), 1, false);
    }
    for (Backup backup : window.backups()) {
      if (random.nextDouble() < backup.admission()) {
        double share = WindowValuation.shareLeft(backup.scored().session(),
            window.start().plusMinutes(backup.walkMinutes()));
        return new Outcome(backup.scored().interest() * share, share, true);
      }
    }
    return new Outcome(window.fallbackInterest(), 0, true);
  }
}
