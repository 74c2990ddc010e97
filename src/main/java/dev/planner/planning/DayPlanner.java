package dev.planner.planning;

import dev.planner.model.Preferences;
import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.ranking.ScoredSession;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Plans a day as a longest path through the sessions: each step aims for a primary with an arrival
 * lead, arriving early costs the end of the previous talk (primaries never overlap, but you may
 * leave one before its end to be early at the next), and a closed door sends you to backups.
 * Must-see sessions are kept whenever they fit; lunch, latest end and the time now are honoured.
 */
public final class DayPlanner {
  /** Outweighs any number of ordinary talks, so feasible must-sees are always primaries. */
  private static final double MUST_SEE_BONUS = 10_000;
  /** A talk in the same room starting this soon after the last one is reached by keeping your seat. */
  static final long STAY_GAP_SECONDS = 10 * 60;

  /** Whether {@code next} is reached from {@code before} by staying seated: same room, straight after. */
  static boolean keepsSeat(Session before, Session next) {
    long gap = next.start().toEpochSecond() - before.end().toEpochSecond();
    return before.room().equals(next.room()) && gap >= 0 && gap <= STAY_GAP_SECONDS;
  }

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
   * value of a state is the best plan ending by aiming for that candidate with that lead. One more
   * state per candidate is staying in your seat after a talk in the same room. Times are epoch
   * seconds here, since this loop runs for every pair of nearby sessions.
   */
  private final class PathSearch {
    private final List<ScoredSession> candidates;
    private final WindowValuation valuation;
    private final WalkMatrix walks;
    private final Profile profile;
    private final Optional<Session> attended;
    private final int[] leads;
    private final int perCandidate;
    private final int n;
    private final long[] start;
    private final long[] end;
    private final int[] room;
    private final double[] best;
    private final int[] bestState;
    private final int[] previous;
    private final PlanWindow[] windows;
    private final EndIndex ends;
    private final long longestSession;

    PathSearch(List<ScoredSession> candidates, WindowValuation valuation, Profile profile, Optional<Session> attended) {
      this.candidates = candidates;
      this.valuation = valuation;
      this.walks = valuation.walks();
      this.profile = profile;
      this.attended = attended;
      this.leads = options.leadChoices().stream().mapToInt(Integer::intValue).toArray();
      this.perCandidate = leads.length + 1;
      this.n = candidates.size();
      this.start = new long[n];
      this.end = new long[n];
      this.room = new int[n];
      long longest = 0;
      for (int i = 0; i < n; i++) {
        Session session = candidates.get(i).session();
        start[i] = session.start().toEpochSecond();
        end[i] = session.end().toEpochSecond();
        room[i] = walks.indexOf(session.room());
        longest = Math.max(longest, end[i] - start[i]);
      }
      this.longestSession = longest;
      int states = n * perCandidate;
      this.best = new double[states];
      this.bestState = new int[n];
      this.previous = new int[states];
      this.windows = new PlanWindow[states];
      this.ends = new EndIndex(end);
    }

    List<PlanWindow> bestPath() {
      int last = -1;
      for (int p = 0; p < n; p++) {
        solve(p);
        bestState[p] = -1;
        for (int state = p * perCandidate; state < (p + 1) * perCandidate; state++) {
          ends.offer(p, state, best[state]);
          if (best[state] > Double.NEGATIVE_INFINITY && (bestState[p] < 0 || best[state] > best[bestState[p]])) {
            bestState[p] = state;
          }
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
      Step[] predecessors = bestPredecessors(p);
      for (int l = 0; l < leads.length; l++) {
        int state = p * perCandidate + l;
        PlanWindow window = valuation.window(primary, leads[l], backups);
        double here = WindowValuation.objective(window) + bonus;
        Step from = predecessors[l];
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
      solveStaying(p, primary, backups, bonus);
    }

    /** The state of keeping your seat after the best earlier talk in the same room, if there is one. */
    private void solveStaying(int p, ScoredSession primary, List<Backup> backups, double bonus) {
      int state = p * perCandidate + leads.length;
      best[state] = Double.NEGATIVE_INFINITY;
      previous[state] = -1;
      for (int rank = ends.firstEndingAfter(start[p] - STAY_GAP_SECONDS - 1); rank < n; rank++) {
        int a = ends.candidateAt(rank);
        if (end[a] > start[p]) {
          break;
        }
        if (a >= p || room[a] != room[p]) {
          continue;
        }
        for (int from = a * perCandidate; from < (a + 1) * perCandidate; from++) {
          if (best[from] == Double.NEGATIVE_INFINITY) {
            continue;
          }
          PlanWindow window = valuation.staying(primary, windows[from], backups);
          double value = best[from] + WindowValuation.objective(window) + bonus;
          if (value > best[state]) {
            best[state] = value;
            previous[state] = from;
            windows[state] = window;
          }
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

    /**
     * For each arrival lead, the best state to come from, leaving its session in time to walk over
     * and arrive as planned: sessions that end a longest walk before the arrival cost nothing and come
     * from the index; the few that end later are weighed one by one, in one pass for all the leads,
     * with what leaving them early loses.
     */
    private Step[] bestPredecessors(int p) {
      Step[] steps = new Step[leads.length];
      long[] arrive = new long[leads.length];
      long[] safe = new long[leads.length];
      long earliestSafe = Long.MAX_VALUE;
      for (int l = 0; l < leads.length; l++) {
        arrive[l] = start[p] - 60L * leads[l];
        safe[l] = arrive[l] - 60L * walks.longest();
        steps[l] = ends.bestEndingBy(safe[l]);
        earliestSafe = Math.min(earliestSafe, safe[l]);
      }
      for (int rank = ends.firstEndingAfter(earliestSafe); rank < n; rank++) {
        int a = ends.candidateAt(rank);
        if (end[a] > start[p]) {
          break;
        }
        if (a >= p) {
          continue;
        }
        long walk = 60L * walks.minutes(room[a], room[p]);
        long halfway = start[a] + (end[a] - start[a]) / 2;
        for (int l = 0; l < leads.length; l++) {
          long leave = arrive[l] - walk;
          if (end[a] > safe[l] && leave >= halfway) {
            steps[l] = better(steps[l], a, leave);
          }
        }
      }
      return steps;
    }

    /** The better of a step and the states of candidate {@code a} left at {@code leave}. */
    private Step better(Step step, int a, long leave) {
      if (leave >= end[a]) {
        // Leaving at the end loses nothing, so only the candidate's best state matters.
        int state = bestState[a];
        return state >= 0 && beats(best[state], state, step) ? new Step(state, best[state]) : step;
      }
      double lostShare = (end[a] - leave) / (double) (end[a] - start[a]);
      Step chosen = step;
      for (int state = a * perCandidate; state < (a + 1) * perCandidate; state++) {
        if (best[state] == Double.NEGATIVE_INFINITY) {
          continue;
        }
        double value = best[state] - lostShare * windows[state].admission() * valuation.worth(candidates.get(a));
        if (beats(value, state, chosen)) {
          chosen = new Step(state, value);
        }
      }
      return chosen;
    }

    private static boolean beats(double value, int state, Step step) {
      return value > step.value() || (value == step.value() && step.state() >= 0 && state < step.state());
    }

    private List<ScoredSession> overlapping(int p) {
      List<ScoredSession> overlapping = new ArrayList<>();
      for (int i = p - 1; i >= 0 && start[i] + longestSession > start[p]; i--) {
        if (end[i] > start[p]) {
          overlapping.add(candidates.get(i));
        }
      }
      for (int i = p + 1; i < n && start[i] < end[p]; i++) {
        overlapping.add(candidates.get(i));
      }
      return overlapping;
    }
  }

  /** A predecessor state and the value of the best path through it; state -1 for none. */
  private record Step(int state, double value) {
    static final Step NONE = new Step(-1, Double.NEGATIVE_INFINITY);
  }

  /**
   * Candidates ordered by end, with a running best over the states already solved, so that the best
   * predecessor ending by a time is found in logarithmic time instead of by scanning the day.
   */
  private static final class EndIndex {
    private final int[] byEnd;
    private final int[] rankOf;
    private final long[] endAt;
    private final double[] treeValue;
    private final int[] treeState;

    EndIndex(long[] ends) {
      int n = ends.length;
      byEnd = IntStream.range(0, n).boxed()
          .sorted(Comparator.comparingLong((Integer i) -> ends[i]).thenComparing(i -> i))
          .mapToInt(Integer::intValue).toArray();
      rankOf = new int[n];
      endAt = new long[n];
      for (int rank = 0; rank < n; rank++) {
        rankOf[byEnd[rank]] = rank;
        endAt[rank] = ends[byEnd[rank]];
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
    int firstEndingAfter(long time) {
      int low = 0;
      int high = endAt.length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (endAt[middle] > time) {
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
    Step bestEndingBy(long time) {
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
