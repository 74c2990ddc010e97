package dev.planner.bench;

import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.overflow.OverflowPredictor;
import dev.planner.overflow.RiskReport;
import dev.planner.planning.PlanOptions;
import dev.planner.ranking.InterestScorer;
import dev.planner.ranking.ScoredSession;
import dev.planner.synthetic.SyntheticSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A synthetic schedule of a given size with everything the core needs to rank, forecast and plan it. */
final class Workload {
  final Schedule schedule;
  final Profile profile = SyntheticSchedule.curiousProfile();
  final OverflowPredictor predictor = new OverflowPredictor(ModelFileReader.defaults());
  final double target;
  final PlanOptions options;
  final List<LocalDate> days;
  final List<List<ScoredSession>> scored = new ArrayList<>();
  final List<RiskReport> reports = new ArrayList<>();

  Workload(int sessions) {
    schedule = SyntheticSchedule.ofSize(sessions, 1);
    target = profile.preferences().risk().targetAdmission();
    options = new PlanOptions(2, PlanOptions.DEFAULT_LEADS, profile.preferences().walkingPace(),
        profile.preferences().recordingValue(), Optional.empty(), Set.of(), Optional.empty());
    days = schedule.days();
    InterestScorer scorer = new InterestScorer(schedule, profile);
    OverflowPredictor.ScheduleForecaster forecaster = predictor.forSchedule(schedule);
    for (LocalDate day : days) {
      scored.add(scorer.scoreDay(day));
      reports.add(forecaster.predictOn(day, target));
    }
  }
}
