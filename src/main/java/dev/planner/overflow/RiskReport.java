package dev.planner.overflow;

import dev.planner.model.SessionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The forecasts of a set of sessions, in schedule order, with lookup by id, explanations, admission
 * curves and the chance that a backup is full when its primary is.
 */
public final class RiskReport {
  private final List<SessionRisk> sessions;
  private final Map<SessionId, SessionRisk> byId = new HashMap<>();
  private final OverflowParameters parameters;
  private final Map<SessionId, DemandDistribution> demands;
  private final DemandDistribution usualDemand;
  private final double targetAdmission;
  private final Map<SessionId, SpillModel.Primary> spillByPrimary = new HashMap<>();

  /**
   * @param demands each session's demand distribution, widened by the doubts about its attendance and seats
   * @param usualDemand the distribution of a session not among {@code demands}
   */
  RiskReport(List<SessionRisk> sessions, OverflowParameters parameters, Map<SessionId, DemandDistribution> demands,
      DemandDistribution usualDemand, double targetAdmission) {
    this.sessions = List.copyOf(sessions);
    for (SessionRisk risk : this.sessions) {
      byId.put(risk.id(), risk);
    }
    this.parameters = parameters;
    this.demands = demands;
    this.usualDemand = usualDemand;
    this.targetAdmission = targetAdmission;
  }

  /** Every forecast, in schedule order; non-plannable items (breaks, meals, registration) have none. */
  public List<SessionRisk> sessions() {
    return sessions;
  }

  /** The forecast of a session; empty for an unknown id or a non-plannable item. */
  public Optional<SessionRisk> find(SessionId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The chance of getting in that arrive-by times aim for. */
  public double targetAdmission() {
    return targetAdmission;
  }

  /** The days that have forecasts, in order. */
  public List<LocalDate> days() {
    TreeSet<LocalDate> days = new TreeSet<>();
    sessions.forEach(risk -> days.add(risk.session().start().toLocalDate()));
    return List.copyOf(days);
  }

  /** The forecasts of the sessions starting on a day. */
  public DayRisk day(LocalDate day) {
    return new DayRisk(day, sessions.stream().filter(risk -> risk.session().start().toLocalDate().equals(day)).toList());
  }

  /** The chance of getting in by minutes early for one session. */
  public Optional<AdmissionCurve> admissionCurve(SessionId id) {
    SessionRisk risk = byId.get(id);
    if (risk == null) {
      return Optional.empty();
    }
    return Optional.of(new AdmissionCurve(demandOf(id), risk.expectedDemand(), risk.effectiveCapacity(), parameters.arrival()));
  }

  /** The arithmetic behind one session's forecast. */
  public Optional<RiskExplanation> explain(SessionId id) {
    return find(id).map(this::explanation);
  }

  private RiskExplanation explanation(SessionRisk risk) {
    ChoiceSet choice = risk.choice();
    List<RiskExplanation.CompetitorShare> shares = new ArrayList<>();
    for (ChoiceSet.Alternative alternative : choice.alternatives()) {
      shares.add(new RiskExplanation.CompetitorShare(alternative.id(), alternative.title(), alternative.utility(),
          alternative.weight(), choice.shareOf(alternative)));
    }
    double atStart = admissionCurve(risk.id()).orElseThrow().chanceArriving(0);
    return new RiskExplanation(risk, choice.hallwayUtility(), choice.hallwayShare(), shares, atStart, targetAdmission);
  }

  /**
   * P(backup full | primary full), never below the backup's own P(full) for an alternative: the slot
   * shock is shared and a share ρ of the people the primary turns away go to the primary's
   * alternatives in proportion to their weighted pull. A backup that is no alternative to the primary
   * (another time) is independent of it, and its own P(full) is returned.
   *
   * @throws IllegalArgumentException for an id without a forecast, or the same id twice
   */
  public double pFullGivenFull(SessionId backup, SessionId primary) {
    SessionRisk backupRisk = require(backup);
    SessionRisk primaryRisk = require(primary);
    if (backup.equals(primary)) {
      throw new IllegalArgumentException("a session is not its own backup: " + backup);
    }
    double spillFraction = parameters.spillShare() * primaryRisk.choice().spillShareOf(backup);
    if (spillFraction <= 0 && primaryRisk.choice().alternative(backup).isEmpty()) {
      return backupRisk.pFull();
    }
    return spill(primaryRisk).pFullGivenFull(backupRisk.expectedDemand(), backupRisk.effectiveCapacity(), spillFraction);
  }

  /** The primary's side of the spill model, worked out once for all the backups a planner weighs against it. */
  private SpillModel.Primary spill(SessionRisk primary) {
    SpillModel.Primary spill = spillByPrimary.get(primary.id());
    if (spill == null) {
      spill = new SpillModel.Primary(demandOf(primary.id()), primary.expectedDemand(), primary.effectiveCapacity());
      spillByPrimary.put(primary.id(), spill);
    }
    return spill;
  }

  private DemandDistribution demandOf(SessionId id) {
    return demands.getOrDefault(id, usualDemand);
  }

  private SessionRisk require(SessionId id) {
    SessionRisk risk = byId.get(id);
    if (risk == null) {
      throw new IllegalArgumentException("no forecast for session " + id);
    }
    return risk;
  }
}
