package dev.planner.overflow;

import dev.planner.model.SessionId;
import java.util.List;
import java.util.Objects;

/**
 * The arithmetic behind one session's forecast, for {@code risk --explain}: its risk, the hallway's
 * utility and share, every competitor's utility and share in the same choice, and the chance of
 * getting in when arriving at the start.
 */
public record RiskExplanation(
    SessionRisk risk,
    double hallwayUtility,
    double hallwayShare,
    List<CompetitorShare> competitors,
    double chanceArrivingAtStart,
    double targetAdmission) {

  public RiskExplanation {
    Objects.requireNonNull(risk, "risk");
    competitors = List.copyOf(competitors);
  }

  /**
   * A session running at the same time: its utility, how much of the shorter of the two it overlaps
   * (its pull counts in that proportion), and its share of the people choosing at the explained session's time.
   */
  public record CompetitorShare(SessionId id, String title, double utility, double overlap, double share) {
    public CompetitorShare {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
    }
  }
}
