package dev.planner.planning;

import dev.planner.model.Preferences;
import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.WalkingTimes;
import dev.planner.ranking.ScoredSession;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Plans a day as a longest path through the sessions: each step aims for a primary with an arrival
 * lead, arriving early costs the end of the previous talk, and a closed door sends you to backups.
 * Must-see sessions are kept whenever they fit; lunch, latest end and the time now are honoured.
 */
public final class DayPlanner {
  /** Outweighs any number of ordinary talks, so feasible must-sees are always primaries. */
  private static final double MUST_SEE_BONUS = 10_000;

  private final Schedule schedule;
  private final CrowdForecast forecast;
  private final PlanOptions options;

  public DayPlanner(Schedule schedule, CrowdForecast forecast, PlanOptions options) {
    this.schedule = schedule;
    this.forecast = forecast;
    this.options = options;
  }

  public DayPlan plan(LocalDate day, List<ScoredSession> scored, Profile profile) {
    WindowValuation valuation = new WindowValuation(schedule, forecast, options);
    List<ScoredSession> candidates = candidates(scored, profile.preferences());
    Optional<Session> attended = options.attended().flatMap(schedule::session);
    PathSearch search = new PathSearch(candidates, valuation, profile, attended);
    List<PlanWindow> windows = search.bestPath();
    return DayPlan.of(day, windows);
  }

  /** The sessions that may be primaries: sorted by start, within lunch, latest end and now. */
  private List<ScoredSession> candidates(List<ScoredSession> scored, Preferences preferences) {
    List<ScoredSession> candidates = new ArrayList<>();
    for (ScoredSession each : scored) {
      Session session = each.session();
      if (options.fullNow().contains(session.id()) || !session.type().isPlannable()) {
        continue;
      }
      if (options.now().map(now -> session.start().isBefore(now)).orElse(false)) {
        continue;
      }
      if (preferences.latestEnd().map(latest -> session.end().toLocalTime().isAfter(latest)
          || !session.end().toLocalDate().equals(session.start().toLocalDate())).orElse(false)) {
        continue;
      }
      if (preferences.lunch().map(lunch -> session.start().toLocalTime().isBefore(lunch.to())
          && session.end().toLocalTime().isAfter(lunch.from())).orElse(false)) {
        continue;
      }
      candidates.add(each);
    }
    candidates.sort(Comparator.comparing((ScoredSession s) -> s.session().start())
        .thenComparing(s -> s.session().end())
        .thenComparing(s -> s.session().id()));
    return candidates;
  }

  /** The dynamic programme over candidates in start order. */
  private final class PathSearch {
    private final List<ScoredSession> candidates;
    private final WindowValuation valuation;
    private final Profile profile;
    private final Optional<Session> attended;
    private final int n;
    private final double[] best;
    private final int[] previous;
    private final PlanWindow[] chosen;
    private final EndIndex ends;
    private final int longestWalk;
    private final Duration longestSession;

    PathSearch(List<ScoredSession> candidates, WindowValuation valuation, Profile profile, Optional<Session> attended) {
      this.candidates = candidates;
      this.valuation = valuation;
      this.profile = profile;
      this.attended = attended;
      this.n = candidates.size();
      this.best = new double[n];
      this.previous = new int[n];
      this.chosen = new PlanWindow[n];
      this.ends = new EndIndex(candidates);
      this.longestWalk = longestWalk();
      this.longestSession = candidates.stream().map(s -> s.session().duration()).max(Comparator.naturalOrder())
          .orElse(Duration.ZERO);
    }

    List<PlanWindow> bestPath() {
      for (int p = 0; p < n; p++) {
        solve(p);
        ends.offer(p, best[p]);
      }
      int last = -1;
      for (int p = 0; p < n; p++) {
        if (best[p] > Double.NEGATIVE_INFINITY && (last < 0 || best[p] > best[last])) {
          last = p;
        }
      }
      List<PlanWindow> path = new ArrayList<>();
      for (int at = last; at >= 0; at = previous[at]) {
        path.add(chosen[at]);
      }
      Collections.reverse(path);
      return path;
    }

    private void solve(int p) {
      ScoredSession primary = candidates.get(p);
      List<Backup> backups = valuation.backups(primary, overlapping(p));
      double bonus = profile.isMustSee(primary.session()) ? MUST_SEE_BONUS : 0;
      best[p] = Double.NEGATIVE_INFINITY;
      previous[p] = -1;
      for (int lead : options.leadChoices()) {
        PlanWindow window = valuation.window(primary, lead, backups);
        ZonedDateTime arrive = window.arriveBy();
        double here = WindowValuation.objective(window) + bonus;
        double start = startValue(primary.session(), arrive);
        double total = start + here;
        int from = -1;
        Step step = bestPredecessor(p, arrive);
        if (step.index >= 0 && step.value + here > total) {
          total = step.value + here;
          from = step.index;
        }
        if (total > Double.NEGATIVE_INFINITY && total > best[p]) {
          best[p] = total;
          previous[p] = from;
          chosen[p] = window;
        }
      }
    }

    /** The worth of starting the day with this session: free, unless now or where you are forbids it. */
    private double startValue(Session first, ZonedDateTime arrive) {
      if (options.now().map(arrive::isBefore).orElse(false)) {
        return Double.NEGATIVE_INFINITY;
      }
      if (attended.isEmpty()) {
        return 0;
      }
      Session here = attended.get();
      ZonedDateTime leave = arrive.minusMinutes(walk(here, first));
      ZonedDateTime earliest = options.now().orElse(here.start());
      return leave.isBefore(earliest) ? Double.NEGATIVE_INFINITY : 0;
    }

    /** The best session to come from, leaving it in time to walk over and arrive as planned. */
    private Step bestPredecessor(int p, ZonedDateTime arrive) {
      Session target = candidates.get(p).session();
      ZonedDateTime safe = arrive.minusMinutes(longestWalk);
      Step step = ends.bestEndingBy(safe);
      int from = ends.firstEndingAfter(safe);
      for (int k = from; k < n; k++) {
        int a = ends.candidateAt(k);
        Session before = candidates.get(a).session();
        if (before.end().isAfter(arrive.plus(longestSession))) {
          break;
        }
        if (a >= p || !before.start().isBefore(target.start()) || chosen[a] == null) {
          continue;
        }
        ZonedDateTime leave = arrive.minusMinutes(walk(before, target));
        ZonedDateTime halfway = before.start().plus(before.duration().dividedBy(2));
        if (leave.isBefore(halfway)) {
          continue;
        }
        double value = best[a] - lossOfLeaving(a, leave);
        if (value > step.value || (value == step.value && step.index >= 0 && a < step.index)) {
          step = new Step(a, value);
        }
      }
      return step;
    }

    /** The expected worth lost by leaving a session before its end. */
    private double lossOfLeaving(int a, ZonedDateTime leave) {
      Session session = candidates.get(a).session();
      if (!leave.isBefore(session.end())) {
        return 0;
      }
      double lostShare = Duration.between(leave, session.end()).toSeconds() / (double) session.duration().toSeconds();
      return lostShare * chosen[a].admission() * valuation.worth(candidates.get(a));
    }

    private int walk(Session from, Session to) {
      return valuation.walk(from, to);
    }

    private List<ScoredSession> overlapping(int p) {
      Session primary = candidates.get(p).session();
      List<ScoredSession> overlapping = new ArrayList<>();
      for (int i = p - 1; i >= 0; i--) {
        Session other = candidates.get(i).session();
        if (!other.start().plus(longestSession).isAfter(primary.start())) {
          break;
        }
        if (other.overlaps(primary)) {
          overlapping.add(candidates.get(i));
        }
      }
      for (int i = p + 1; i < n && candidates.get(i).session().start().isBefore(primary.end()); i++) {
        overlapping.add(candidates.get(i));
      }
      return overlapping;
    }

    private int longestWalk() {
      WalkingTimes walking = schedule.venue().walking();
      int longest = Math.max(walking.sameLevel(), Math.max(walking.otherLevel(), walking.otherBuilding()));
      for (int minutes : walking.between().values()) {
        longest = Math.max(longest, minutes);
      }
      return (int) Math.ceil(longest / options.walkingPace());
    }
  }

  /** A predecessor and the value of the path through it; index -1 for none. */
  private record Step(int index, double value) {
    static final Step NONE = new Step(-1, Double.NEGATIVE_INFINITY);
  }

  /**
   * Candidates ordered by end, with a running best over those already solved, so that the best
   * predecessor ending by a time is found in logarithmic time instead of by scanning the day.
   */
  private static final class EndIndex {
    private final int[] byEnd;
    private final int[] rankOf;
    private final ZonedDateTime[] endAt;
    private final double[] treeValue;
    private final int[] treeIndex;

    EndIndex(List<ScoredSession> candidates) {
      int n = candidates.size();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      order.sort(Comparator.comparing((Integer i) -> candidates.get(i).session().end()).thenComparing(i -> i));
      byEnd = order.stream().mapToInt(Integer::intValue).toArray();
      rankOf = new int[n];
      endAt = new ZonedDateTime[n];
      for (int rank = 0; rank < n; rank++) {
        rankOf[byEnd[rank]] = rank;
        endAt[rank] = candidates.get(byEnd[rank]).session().end();
      }
      treeValue = new double[n + 1];
      treeIndex = new int[n + 1];
      Arrays.fill(treeValue, Double.NEGATIVE_INFINITY);
      Arrays.fill(treeIndex, -1);
    }

    int candidateAt(int rank) {
      return byEnd[rank];
    }

    /** The rank of the first candidate ending after a time. */
    int firstEndingAfter(ZonedDateTime time) {
      int low = 0;
      int high = endAt.length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (endAt[middle].isAfter(time)) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return low;
    }

    void offer(int candidate, double value) {
      if (value == Double.NEGATIVE_INFINITY) {
        return;
      }
      for (int i = rankOf[candidate] + 1; i < treeValue.length; i += i & -i) {
        if (better(value, candidate, treeValue[i], treeIndex[i])) {
          treeValue[i] = value;
          treeIndex[i] = candidate;
        }
      }
    }

    /** The best solved candidate ending at or before a time. */
    Step bestEndingBy(ZonedDateTime time) {
      double value = Double.NEGATIVE_INFINITY;
      int index = -1;
      for (int i = firstEndingAfter(time); i > 0; i -= i & -i) {
        if (better(treeValue[i], treeIndex[i], value, index)) {
          value = treeValue[i];
          index = treeIndex[i];
        }
      }
      return index < 0 ? Step.NONE : new Step(index, value);
    }

    private static boolean better(double value, int index, double otherValue, int otherIndex) {
      return value > otherValue || (value == otherValue && index >= 0 && (otherIndex < 0 || index < otherIndex));
    }
  }
}
