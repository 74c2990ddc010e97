package dev.planner.planning;

import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.ranking.InterestScorer;
import dev.planner.ranking.ScoredSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Picks, for one day, non-overlapping primary sessions that together give the most interest, with
 * time to walk between rooms, and names the best overlapping alternatives as backups.
 */
public final class DayPlanner {
  /** Every attended talk is worth something, so an empty profile still fills the day. */
  private static final double VALUE_OF_ANY_TALK = 1.0;

  private final Schedule schedule;
  private final int backupCount;

  public DayPlanner(Schedule schedule, int backupCount) {
    this.schedule = schedule;
    this.backupCount = backupCount;
  }

  public DayPlan plan(LocalDate day, List<ScoredSession> scored) {
    List<ScoredSession> byEnd = new ArrayList<>(scored);
    byEnd.sort(Comparator.comparing((ScoredSession s) -> s.session().end())
        .thenComparing(s -> s.session().start())
        .thenComparing(s -> s.session().id()));
    List<ScoredSession> chosen = bestChain(byEnd);
    List<PlanWindow> windows = new ArrayList<>();
    for (ScoredSession primary : chosen) {
      windows.add(new PlanWindow(primary.session().start(), primary.session().end(), primary, backups(primary, scored)));
    }
    return new DayPlan(day, windows);
  }

  /** Weighted interval scheduling: the best chain of sessions reachable one after another. */
  private List<ScoredSession> bestChain(List<ScoredSession> byEnd) {
    int n = byEnd.size();
    double[] best = new double[n];
    int[] previous = new int[n];
    Map<RoomId, Room> rooms = schedule.roomsById();
    for (int j = 0; j < n; j++) {
      Session session = byEnd.get(j).session();
      best[j] = value(byEnd.get(j));
      previous[j] = -1;
      for (int i = 0; i < j; i++) {
        Session before = byEnd.get(i).session();
        int walk = schedule.venue().walking().minutes(rooms.get(before.room()), rooms.get(session.room()));
        boolean reachable = !before.end().plusMinutes(walk).isAfter(session.start());
        if (reachable && best[i] + value(byEnd.get(j)) > best[j]) {
          best[j] = best[i] + value(byEnd.get(j));
          previous[j] = i;
        }
      }
    }
    int last = -1;
    for (int j = 0; j < n; j++) {
      if (last < 0 || best[j] > best[last]) {
        last = j;
      }
    }
    List<ScoredSession> chain = new ArrayList<>();
    for (int at = last; at >= 0; at = previous[at]) {
      chain.add(byEnd.get(at));
    }
    Collections.reverse(chain);
    return chain;
  }

  private static double value(ScoredSession scored) {
    return VALUE_OF_ANY_TALK + scored.interest();
  }

  private List<ScoredSession> backups(ScoredSession primary, List<ScoredSession> scored) {
    return scored.stream()
        .filter(other -> !other.session().id().equals(primary.session().id()))
        .filter(other -> other.session().overlaps(primary.session()))
        .sorted(InterestScorer.BEST_FIRST)
        .limit(backupCount)
        .toList();
  }
}
