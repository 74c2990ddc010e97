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
 * lead, arriving early costs the end of the previous talk (primaries never overlap, but you may
 * leave one before its end to be early at the next), and a closed door sends you to backups.
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
    List<ScoredSession> candidates = candidates(scored, profile.preferences(), options);
    Optional<Session> attended = options.attended().flatMap(schedule::session);
    PathSearch search = new PathSearch(candidates, valuation, profile, attended);
    List<PlanWindow> windows = search.bestPath();
    return DayPlan.of(day, windows);
  }

  /**
   * The sessions that may be primaries, sorted by start: talks, not known to be full, starting after
   * now, outside the lunch window and ending by the latest end. Every planner plans among these.
   */
  static List<ScoredSession> candidates(List<ScoredSession> scored, Preferences preferences, PlanOptions options) {
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

  /**
   * The dynamic programme over states (candidate, arrival lead), candidates in start order: the
   * value of a state is the best plan ending by aiming for that candidate with that lead.
   */
  private final class PathSearch {
    private final List<ScoredSession> candidates;
    private final WindowValuation valuation;
    private final Profile profile;
    private final Optional<Session> attended;
    private final List<Integer> leads;
    private final int n;
    private final double[] best;
    private final int[] previous;
    private final PlanWindow[] windows;
    private final EndIndex ends;
    private final int longestWalk;
    private final Duration longestSession;

    PathSearch(List<ScoredSession> candidates, WindowValuation valuation, Profile profile, Optional<Session> attended) {
      this.candidates = candidates;
      this.valuation = valuation;
      this.profile = profile;
      this.attended = attended;
      this.leads = options.leadChoices();
      this.n = candidates.size();
      int states = n * leads.size();
      this.best = new double[states];
      this.previous = new int[states];
      this.windows = new PlanWindow[states];
      this.ends = new EndIndex(candidates);
      this.longestWalk = longestWalk();
      this.longestSession = candidates.stream().map(s -> s.session().duration()).max(Comparator.naturalOrder())
          .orElse(Duration.ZERO);
    }

    List<PlanWindow> bestPath() {
      int last = -1;
      for (int p = 0; p < n; p++) {
        solve(p);
        for (int state = p * leads.size(); state < (p + 1) * leads.size(); state++) {
          ends.offer(p, state, best[state]);
          if (best[state] > Double.NEGATIVE_INFINITY && (last < 0 || best[state] > best[last])) {
            last = state;
          }
        }
      }
      List<PlanWindow> path = new ArrayList<>();
      for (int at = last; at >= 0; at = previous[at]) {
        path.add(windows[at]);
      }
      Collections.reverse(path);
      return path;
    }

    private void solve(int p) {
      ScoredSession primary = candidates.get(p);
      List<Backup> backups = valuation.backups(primary, overlapping(p));
      double bonus = profile.isMustSee(primary.session()) ? MUST_SEE_BONUS : 0;
      for (int l = 0; l < leads.size(); l++) {
        int state = p * leads.size() + l;
        PlanWindow window = valuation.window(primary, leads.get(l), backups);
        double here = WindowValuation.objective(window) + bonus;
        Step from = bestPredecessor(p, window.arriveBy());
        double fresh = startValue(primary.session(), window.arriveBy());
        windows[state] = window;
        if (from.state() >= 0 && from.value() > fresh) {
          best[state] = from.value() + here;
          previous[state] = from.state();
        } else {
          best[state] = fresh + here;
          previous[state] = -1;
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
      ZonedDateTime leave = arrive.minusMinutes(valuation.walk(here, first));
      ZonedDateTime earliest = options.now().orElse(here.start());
      return leave.isBefore(earliest) ? Double.NEGATIVE_INFINITY : 0;
    }

    /** The best state to come from, leaving its session in time to walk over and arrive as planned. */
    private Step bestPredecessor(int p, ZonedDateTime arrive) {
      Session target = candidates.get(p).session();
      ZonedDateTime safe = arrive.minusMinutes(longestWalk);
      Step step = ends.bestEndingBy(safe);
      for (int rank = ends.firstEndingAfter(safe); rank < n; rank++) {
        int a = ends.candidateAt(rank);
        Session before = candidates.get(a).session();
        if (before.end().isAfter(target.start())) {
          break;
        }
        if (a >= p) {
          continue;
        }
        ZonedDateTime leave = arrive.minusMinutes(valuation.walk(before, target));
        ZonedDateTime halfway = before.start().plus(before.duration().dividedBy(2));
        if (leave.isBefore(halfway)) {
          continue;
        }
        for (int state = a * leads.size(); state < (a + 1) * leads.size(); state++) {
          if (best[state] == Double.NEGATIVE_INFINITY) {
            continue;
          }
          double value = best[state] - lossOfLeaving(state, leave);
          if (value > step.value() || (value == step.value() && step.state() >= 0 && state < step.state())) {
            step = new Step(state, value);
          }
        }
      }
      return step;
    }

    /** The expected worth lost by leaving a state's session before its end. */
    private double lossOfLeaving(int state, ZonedDateTime leave) {
      PlanWindow window = windows[state];
      Session session = window.primary().session();
      if (!leave.isBefore(session.end())) {
        return 0;
      }
      double lostShare = Duration.between(leave, session.end()).toSeconds() / (double) session.duration().toSeconds();
      return lostShare * window.admission() * valuation.worth(window.primary());
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

  /** A predecessor state and the value of the best path through it; state -1 for none. */
  private record Step(int state, double value) {
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
    private final int[] treeState;

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
      treeState = new int[n + 1];
      Arrays.fill(treeValue, Double.NEGATIVE_INFINITY);
      Arrays.fill(treeState, -1);
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

    /** Records a solved state of a candidate, ranked by the candidate's end. */
    void offer(int candidate, int state, double value) {
      if (value == Double.NEGATIVE_INFINITY) {
        return;
      }
      for (int i = rankOf[candidate] + 1; i < treeValue.length; i += i & -i) {
        if (better(value, state, treeValue[i], treeState[i])) {
          treeValue[i] = value;
          treeState[i] = state;
        }
      }
    }

    /** The best solved state whose candidate ends at or before a time. */
    Step bestEndingBy(ZonedDateTime time) {
      double value = Double.NEGATIVE_INFINITY;
      int state = -1;
      for (int i = firstEndingAfter(time); i > 0; i -= i & -i) {
        if (better(treeValue[i], treeState[i], value, state)) {
          value = treeValue[i];
          state = treeState[i];
        }
      }
      return state < 0 ? Step.NONE : new Step(state, value);
    }

    private static boolean better(double value, int state, double otherValue, int otherState) {
      return value > otherValue || (value == otherValue && state >= 0 && (otherState < 0 || state < otherState));
    }
  }
}
