package dev.planner.planning;

import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.ranking.ScoredSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The plan an attendee makes without a crowd forecast, the baseline the planner must beat: the
 * most interesting chain of talks worth going to that fit one after another, arriving at each start,
 * no backups, under the same constraints (lunch, latest end, now) as the planner.
 */
public final class NaivePlanner {
  private final Schedule schedule;
  private final CrowdForecast forecast;
  private final PlanOptions options;

  public NaivePlanner(Schedule schedule, CrowdForecast forecast, PlanOptions options) {
    this.schedule = schedule;
    this.forecast = forecast;
    this.options = options;
  }

  public DayPlan plan(LocalDate day, List<ScoredSession> scored, Profile profile) {
    WindowValuation valuation = new WindowValuation(schedule, forecast, options, WorthScale.of(scored, options.fill()));
    List<ScoredSession> byEnd = new ArrayList<>(DayPlanner.candidates(scored, profile.preferences(), options));
    byEnd.removeIf(talk -> valuation.worth(talk) <= 0);
    byEnd.sort(Comparator.comparing((ScoredSession s) -> s.session().end())
        .thenComparing(s -> s.session().start())
        .thenComparing(s -> s.session().id()));
    int n = byEnd.size();
    double[] best = new double[n];
    int[] previous = new int[n];
    int last = -1;
    for (int j = 0; j < n; j++) {
      Session session = byEnd.get(j).session();
      double worth = valuation.worth(byEnd.get(j));
      best[j] = worth;
      previous[j] = -1;
      for (int i = 0; i < j; i++) {
        Session before = byEnd.get(i).session();
        boolean fits = !before.end().plusMinutes(valuation.walk(before, session)).isAfter(session.start());
        if (fits && best[i] + worth > best[j]) {
          best[j] = best[i] + worth;
          previous[j] = i;
        }
      }
      if (last < 0 || best[j] > best[last]) {
        last = j;
      }
    }
    List<ScoredSession> chain = new ArrayList<>();
    for (int at = last; at >= 0; at = previous[at]) {
      chain.add(byEnd.get(at));
    }
    Collections.reverse(chain);
    List<PlanWindow> windows = new ArrayList<>();
    for (ScoredSession talk : chain) {
      PlanWindow before = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      // Anyone stays in their seat when the next talk is in the same room straight after.
      windows.add(before != null && DayPlanner.keepsSeat(before.primary().session(), talk.session())
          ? valuation.staying(talk, before, List.of())
          : valuation.window(talk, 0, List.of()));
    }
    return DayPlan.of(day, DayPlanner.leftInTime(valuation, windows));
  }
}
