package dev.planner.synthetic;

import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.overflow.OverflowPredictor;
import dev.planner.overflow.RiskReport;
import dev.planner.planning.DayPlanner;
import dev.planner.planning.PlanOptions;
import dev.planner.planning.RiskForecast;
import dev.planner.ranking.InterestScorer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Times rank, risk and plan for every day of synthetic schedules of growing size, in one JVM, to show
 * how the work grows: {@code java -cp ... dev.planner.synthetic.ScaleRun 10000 100000}. A benchmark to
 * run by hand, never a test.
 */
public final class ScaleRun {
  private ScaleRun() {}

  public static void main(String[] args) {
    Profile profile = SyntheticSchedule.curiousProfile();
    OverflowPredictor predictor = new OverflowPredictor(ModelFileReader.defaults());
    for (String size : args) {
      Schedule schedule = SyntheticSchedule.ofSize(Integer.parseInt(size), 1);
      long rank = 0;
      long risk = 0;
      long plan = 0;
      int windows = 0;
      long indexed = System.nanoTime();
      InterestScorer scorer = new InterestScorer(schedule, profile);
      rank += System.nanoTime() - indexed;
      long predicting = System.nanoTime();
      OverflowPredictor.ScheduleForecaster forecaster = predictor.forSchedule(schedule);
      risk += System.nanoTime() - predicting;
      for (LocalDate day : schedule.days()) {
        long started = System.nanoTime();
        var scored = scorer.scoreDay(day);
        long ranked = System.nanoTime();
        RiskReport report = forecaster.predictOn(day, profile.preferences().risk().targetAdmission());
        long predicted = System.nanoTime();
        PlanOptions options = new PlanOptions(2, PlanOptions.DEFAULT_LEADS, profile.preferences().walkingPace(),
            profile.preferences().recordingValue(), Optional.empty(), Set.of(), Optional.empty());
        windows += new DayPlanner(schedule, new RiskForecast(report), options).plan(day, scored, profile).windows().size();
        long planned = System.nanoTime();
        rank += ranked - started;
        risk += predicted - ranked;
        plan += planned - predicted;
      }
      System.out.printf(Locale.ROOT, "%,d sessions, %d days: rank %.2f s, risk %.2f s, plan %.2f s, risk+plan %.2f s (%d windows)%n",
          schedule.sessions().size(), schedule.days().size(), rank / 1e9, risk / 1e9, plan / 1e9, (risk + plan) / 1e9, windows);
    }
  }
}
