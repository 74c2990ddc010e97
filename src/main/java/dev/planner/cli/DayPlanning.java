package dev.planner.cli;

import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.model.SessionId;
import dev.planner.overflow.DaySimulation;
import dev.planner.overflow.OverflowParameters;
import dev.planner.overflow.OverflowPredictor;
import dev.planner.overflow.RiskReport;
import dev.planner.planning.DayPlan;
import dev.planner.planning.DayPlanner;
import dev.planner.planning.PlanEvaluator;
import dev.planner.planning.PlanOptions;
import dev.planner.planning.RiskForecast;
import dev.planner.ranking.InterestScorer;
import dev.planner.ranking.ScoredSession;
import java.time.LocalDate;
import java.time.ZonedDateTime;
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
  private final InterestScorer scorer;
  private final OverflowParameters parameters;
  private final OverflowPredictor.ScheduleForecaster forecaster;

  /** Indexes the schedule's text and its schedule-wide forecast figures once, for every day planned. */
  DayPlanning(Schedule schedule, Profile profile, OverflowParameters parameters) {
    this.schedule = schedule;
    this.profile = profile;
    this.parameters = parameters;
    this.scorer = new InterestScorer(schedule, profile);
    this.forecaster = new OverflowPredictor(parameters).forSchedule(schedule);
  }

  /** The scorer of the attendee's interests over the whole schedule's text, indexed once. */
  InterestScorer scorer() {
    return scorer;
  }

  /** A day scored and forecast, ready to be planned. */
  record ForecastDay(LocalDate date, InterestScorer scorer, List<ScoredSession> scored, RiskReport report, RiskForecast forecast) {}

  ForecastDay forecast(LocalDate date) {
    List<ScoredSession> scored = scorer.scoreDay(date);
    RiskReport report = forecaster.predictOn(date, profile.preferences().risk().targetAdmission());
    return new ForecastDay(date, scorer, scored, report, new RiskForecast(report));
  }

  /** How to plan with the attendee's preferences and what is known during the day. */
  PlanOptions options(int backups, Optional<ZonedDateTime> now, Set<SessionId> fullNow, Optional<SessionId> attended) {
    return new PlanOptions(backups, PlanOptions.DEFAULT_LEADS, profile.preferences().walkingPace(),
        profile.preferences().recordingValue(), now, fullNow, attended);
  }

  DayPlan plan(ForecastDay day, PlanOptions options) {
    return new DayPlanner(schedule, day.forecast(), options).plan(day.date(), day.scored(), profile);
  }

  /** Plays plans of a forecast day on days simulated apart from the forecast's own chances. */
  PlanEvaluator evaluator(ForecastDay day, PlanOptions options, int runs, long seed) {
    return new PlanEvaluator(schedule, options, new DaySimulation(schedule, day.report().sessions(), parameters), runs, seed);
  }

  /** The plan of a day made ahead of it, knowing nothing of the day itself. */
  DayPlan planAhead(LocalDate date, int backups) {
    return plan(forecast(date), options(backups, Optional.empty(), Set.of(), Optional.empty()));
  }
}
