package dev.planner.cli;

import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.overflow.OverflowParameters;
import dev.planner.overflow.OverflowPredictor;
import dev.planner.overflow.RiskReport;
import dev.planner.planning.DayPlan;
import dev.planner.planning.DayPlanner;
import dev.planner.planning.PlanOptions;
import dev.planner.planning.RiskForecast;
import dev.planner.ranking.InterestScorer;
import dev.planner.ranking.ScoredSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one path from a schedule to a day plan that {@code plan} and {@code export} share: score the
 * day's sessions, forecast its rooms, plan it.
 */
final class DayPlanning {
  private final Schedule schedule;
  private final Profile profile;
  private final OverflowParameters parameters;
  private final int backups;

  DayPlanning(Schedule schedule, Profile profile, OverflowParameters parameters, int backups) {
    this.schedule = schedule;
    this.profile = profile;
    this.parameters = parameters;
    this.backups = backups;
  }

  /** A planned day with the forecast it was planned on. */
  record PlannedDay(DayPlan plan, RiskReport report) {}

  PlannedDay plan(LocalDate date) {
    List<ScoredSession> scored = new InterestScorer(schedule, profile).scoreDay(date);
    RiskReport report = new OverflowPredictor(parameters)
        .predictOn(schedule, date, profile.preferences().risk().targetAdmission());
    PlanOptions options = new PlanOptions(backups, PlanOptions.DEFAULT_LEADS, profile.preferences().walkingPace(),
        profile.preferences().recordingValue(), Optional.empty(), Set.of(), Optional.empty());
    DayPlan plan = new DayPlanner(schedule, new RiskForecast(report), options).plan(date, scored, profile);
    return new PlannedDay(plan, report);
  }
}
