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

/**
 * Plans a day as a longest path through the sessions: each step aims for a primary with an arrival
 * lead, arriving early costs the end of the previous talk or backup (primaries never overlap, but you
 * may leave one before its end to be early at the next), and a closed door sends you to backups.
 * Sessions worth nothing are left out, and the stretches they leave are the plan's free time.
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
    WindowValuation valuation = new WindowValuation(schedule, forecast, options, WorthScale.of(scored, options.fill()));
    List<ScoredSession> candidates = candidates(scored, profile.preferences(), options);
    Optional<Session> attended = options.attended().isPresent() ? schedule.session(options.attended().get()) : Optional.empty();
    PathSearch search = new PathSearch(candidates, valuation, profile, attended);
    List<PlanWindow> windows = leftInTime(valuation, search.bestPath());
    return DayPlan.of(day, windows, freeTime(windows, candidates, valuation.scale()));
  }

  /** Each window of a path as lived before the next: left in time to be at the next one's door. */
  static List<PlanWindow> leftInTime(WindowValuation valuation, List<PlanWindow> path) {
    List<PlanWindow> windows = new ArrayList<>(path.size());
    for (int i = 0; i < path.size(); i++) {
      windows.add(i + 1 < path.size() ? valuation.leaving(path.get(i), path.get(i + 1)) : path.get(i));
    }
    return windows;
  }

  /**
   * The stretches between windows (and before the first and after the last) whose candidates are all
   * worth nothing: free time on purpose, from the first such session's start to the last one's end,
   * or to the next window's arrive-by when that comes first.
   */
  static List<FreeTime> freeTime(List<PlanWindow> windows, List<ScoredSession> candidates, WorthScale scale) {
    List<FreeTime> free = new ArrayList<>();
    ZonedDateTime after = null;
    for (int i = 0; i <= windows.size(); i++) {
      PlanWindow next = i < windows.size() ? windows.get(i) : null;
      Optional<FreeTime> gap = gap(after, next, candidates, scale);
      if (gap.isPresent()) {
        free.add(gap.get());
      }
      after = i < windows.size() ? windows.get(i).end() : null;
    }
    return free;
  }

  private static Optional<FreeTime> gap(ZonedDateTime after, PlanWindow next, List<ScoredSession> candidates,
      WorthScale scale) {
    ZonedDateTime before = next == null ? null : next.start();
    ZonedDateTime first = null;
    ZonedDateTime last = null;
    boolean allAvoided = true;
    for (ScoredSession candidate : candidates) {
      Session session = candidate.session();
      if ((after != null && session.start().isBefore(after)) || (before != null && session.end().isAfter(before))) {
        continue;
      }
      if (scale.worth(candidate) > 0) {
        return Optional.empty();
      }
      allAvoided &= scale.interest(candidate) < 0;
      first = first == null || session.start().isBefore(first) ? session.start() : first;
      last = last == null || session.end().isAfter(last) ? session.end() : last;
    }
    if (first == null) {
      return Optional.empty();
    }
    if (next != null && next.arriveBy().isBefore(last)) {
      last = next.arriveBy();
    }
    if (!first.isBefore(last)) {
      return Optional.empty();
    }
    return Optional.of(new FreeTime(first, last, allAvoided ? FreeTime.Reason.ONLY_AVOIDED : FreeTime.Reason.NOTHING_MATCHES));
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
      if (options.now().isPresent() && session.start().isBefore(options.now().get())) {
        continue;
      }
      if (preferences.latestEnd().isPresent() && (session.end().toLocalTime().isAfter(preferences.latestEnd().get())
          || !session.end().toLocalDate().equals(session.start().toLocalDate()))) {
        continue;
      }
      if (preferences.lunch().isPresent() && session.start().toLocalTime().isBefore(preferences.lunch().get().to())
          && session.end().toLocalTime().isAfter(preferences.lunch().get().from())) {
        continue;
      }
      candidates.add(each);
    }
    candidates.sort(BY_START);
    return candidates;
  }

  /**
   * Start, then end, then id. A class rather than a lambda or a chain of key extractors: a plan runs
   * before the JIT has warmed up, where linking a lambda costs more than the sort.
   */
  private static final Comparator<ScoredSession> BY_START = new Comparator<>() {
    @Override
    public int compare(ScoredSession first, ScoredSession second) {
      return byStart(first, second);
    }
  };

  /** Start, then end, then id: written out rather than chained from key extractors, slow before the JIT has warmed up. */
  private static int byStart(ScoredSession first, ScoredSession second) {
    Session a = first.session();
    Session b = second.session();
    int order = a.start().compareTo(b.start());
    if (order == 0) {
      order = a.end().compareTo(b.end());
    }
    return order != 0 ? order : a.id().compareTo(b.id());
  }

  /**
   * The dynamic programme over states (candidate, arrival lead), candidates in start order: the
   * value of a state is the best plan ending by aiming for that candidate with that lead, its own
   * window valued as if nothing followed it and every earlier window charged for what leaving it for
   * the next door cuts off (of the primary or of a backup). One more state per candidate is keeping
   * your seat after a talk in the same room. Times are epoch seconds here, since this loop runs for
   * every pair of nearby sessions.
   *
   * <p>The per-state arrays {@code best}, {@code previous} and {@code windows} are packed: candidate
   * c owns the {@code perCandidate} slots from {@link #firstState firstState(c)}, one per arrival lead
   * ({@link #leadState}) and two for keeping your seat: the best one ({@link #stayingState}) and the
   * surest one ({@link #surestSeatState}), the seat kept after the talk before with the highest
   * chance of being in. A window's chance decides what leaving it costs later, so the best seat now
   * is not always the best one to go on from. Invariant: once
   * candidate c is solved, each of its slots holds the best value of a path ending in that state (−∞
   * when no path reaches it), the window of that state, and in {@code previous} the state before it on
   * that path (−1 for none), which always belongs to a candidate solved before c.
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
    /** When the last of a candidate's places (itself, its backups) ends: no successor cuts a window it precedes. */
    private final long[] latestEnd;
    private final int[] room;
    private final List<List<Backup>> backups;
    private final double[] best;
    /** The best value over a candidate's states: no step through it can be worth more. */
    private final double[] bestOfCandidate;
    private final int[] previous;
    private final PlanWindow[] windows;
    /** Candidates by their own end, to walk through the ones that end shortly before a start. */
    private final EndIndex ends;
    /** Solved states by their candidate's latest end, for the best predecessor that nothing cuts. */
    private final EndIndex uncut;
    private final long longestSession;
    private final long longestOverrun;

    PathSearch(List<ScoredSession> candidates, WindowValuation valuation, Profile profile, Optional<Session> attended) {
      this.candidates = candidates;
      this.valuation = valuation;
      this.walks = valuation.walks();
      this.profile = profile;
      this.attended = attended;
      this.leads = new int[options.leadChoices().size()];
      for (int l = 0; l < leads.length; l++) {
        leads[l] = options.leadChoices().get(l);
      }
      this.perCandidate = leads.length + 2;
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
      this.backups = new ArrayList<>(n);
      this.latestEnd = new long[n];
      long overrun = 0;
      for (int i = 0; i < n; i++) {
        List<Backup> found = valuation.backups(candidates.get(i), overlapping(i));
        backups.add(found);
        latestEnd[i] = end[i];
        for (Backup backup : found) {
          latestEnd[i] = Math.max(latestEnd[i], backup.scored().session().end().toEpochSecond());
        }
        overrun = Math.max(overrun, latestEnd[i] - end[i]);
      }
      this.longestOverrun = overrun;
      int states = n * perCandidate;
      this.best = new double[states];
      this.bestOfCandidate = new double[n];
      this.previous = new int[states];
      this.windows = new PlanWindow[states];
      this.ends = new EndIndex(end);
      this.uncut = new EndIndex(latestEnd);
    }

    private int firstState(int candidate) {
      return candidate * perCandidate;
    }

    /** One past the last state of a candidate. */
    private int pastLastState(int candidate) {
      return (candidate + 1) * perCandidate;
    }

    private int leadState(int candidate, int lead) {
      return candidate * perCandidate + lead;
    }

    private int stayingState(int candidate) {
      return candidate * perCandidate + leads.length;
    }

    private int surestSeatState(int candidate) {
      return candidate * perCandidate + leads.length + 1;
    }

    List<PlanWindow> bestPath() {
      int last = -1;
      for (int p = 0; p < n; p++) {
        solve(p);
        bestOfCandidate[p] = Double.NEGATIVE_INFINITY;
        for (int state = firstState(p); state < pastLastState(p); state++) {
          bestOfCandidate[p] = Math.max(bestOfCandidate[p], best[state]);
          uncut.offer(p, state, best[state]);
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
      double bonus = profile.isMustSee(primary.session()) ? MUST_SEE_BONUS : 0;
      PlanWindow[] own = new PlanWindow[leads.length];
      for (int l = 0; l < leads.length; l++) {
        own[l] = valuation.window(primary, leads[l], backups.get(p));
      }
      Step[] predecessors = bestPredecessors(p, own);
      for (int l = 0; l < leads.length; l++) {
        int state = leadState(p, l);
        PlanWindow window = own[l];
        double here = WindowValuation.objective(window) + bonus;
        Step from = predecessors[l];
        double fresh = startValue(primary.session(), window.arriveBy());
        windows[state] = window;
        if (from.state() >= 0 && from.value() > fresh) {
          best[state] = from.value() + here;
          previous[state] = from.state();
          if (from.window() != null) {
            windows[state] = from.window();
          }
        } else {
          best[state] = fresh + here;
          previous[state] = -1;
        }
      }
      solveStaying(p, primary, bonus);
    }

    /** The states of keeping your seat after an earlier talk in the same room, the best and the surest, if there is one. */
    private void solveStaying(int p, ScoredSession primary, double bonus) {
      int state = stayingState(p);
      int surest = surestSeatState(p);
      best[state] = Double.NEGATIVE_INFINITY;
      previous[state] = -1;
      best[surest] = Double.NEGATIVE_INFINITY;
      previous[surest] = -1;
      for (int rank = ends.firstEndingAfter(start[p] - STAY_GAP_SECONDS - 1); rank < n; rank++) {
        int a = ends.candidateAt(rank);
        if (end[a] > start[p]) {
          break;
        }
        if (a >= p || room[a] != room[p]) {
          continue;
        }
        for (int from = firstState(a); from < pastLastState(a); from++) {
          if (best[from] == Double.NEGATIVE_INFINITY) {
            continue;
          }
          PlanWindow window = valuation.withoutBackupsOf(valuation.staying(primary, windows[from], backups.get(p)),
              windows[from]);
          double left = best[from] - valuation.lossLeavingFor(windows[from], room[p], start[p]);
          double value = left + WindowValuation.objective(window) + bonus;
          if (value > best[state]) {
            best[state] = value;
            previous[state] = from;
            windows[state] = window;
          }
          boolean surer = windows[surest] == null || best[surest] == Double.NEGATIVE_INFINITY
              || window.admission() > windows[surest].admission()
              || (window.admission() == windows[surest].admission() && value > best[surest]);
          if (surer) {
            best[surest] = value;
            previous[surest] = from;
            windows[surest] = window;
          }
        }
      }
    }

    /** The worth of starting the day with this session: free, unless now or where you are forbids it. */
    private double startValue(Session first, ZonedDateTime arrive) {
      if (options.now().isPresent() && arrive.isBefore(options.now().get())) {
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
     * For each arrival lead, the best state to come from, leaving wherever you are in time to walk
     * over and arrive as planned: states whose every place ends a longest walk before the arrival
     * lose nothing and come from the index; the few whose primary or backups end later are weighed
     * one by one, in one pass for all the leads, with what leaving them early cuts off. A primary is
     * never left before its halfway point. Coming from a window that names one of this window's
     * backups, this window goes without it (only windows whose places run late can), and the step
     * carries that window and is charged what the backup was worth.
     */
    private Step[] bestPredecessors(int p, PlanWindow[] own) {
      Step[] steps = new Step[leads.length];
      long[] arrive = new long[leads.length];
      long[] safe = new long[leads.length];
      long earliestSafe = Long.MAX_VALUE;
      for (int l = 0; l < leads.length; l++) {
        arrive[l] = start[p] - 60L * leads[l];
        safe[l] = arrive[l] - 60L * walks.longest();
        steps[l] = uncut.bestEndingBy(safe[l]);
        earliestSafe = Math.min(earliestSafe, safe[l]);
      }
      for (int rank = ends.firstEndingAfter(earliestSafe - longestOverrun); rank < n; rank++) {
        int a = ends.candidateAt(rank);
        if (end[a] > start[p]) {
          break;
        }
        if (a >= p || latestEnd[a] <= earliestSafe) {
          continue;
        }
        long walk = 60L * walks.minutes(room[a], room[p]);
        long halfway = start[a] + (end[a] - start[a]) / 2;
        for (int l = 0; l < leads.length; l++) {
          // Leaving and doing without a shared backup only ever cost: a candidate no better than the step found cannot win.
          if (latestEnd[a] > safe[l] && arrive[l] - walk >= halfway && bestOfCandidate[a] >= steps[l].value()) {
            steps[l] = better(steps[l], a, room[p], arrive[l], own[l]);
          }
        }
      }
      return steps;
    }

    /** The better of a step and the states of candidate {@code a} left for a door in a room at a time, to aim for a window. */
    private Step better(Step step, int a, int nextRoom, long door, PlanWindow next) {
      Step chosen = step;
      for (int state = firstState(a); state < pastLastState(a); state++) {
        // Leaving only ever costs, so a state already below the chosen step cannot win.
        if (best[state] == Double.NEGATIVE_INFINITY || best[state] < chosen.value()) {
          continue;
        }
        double value = best[state] - valuation.lossLeavingFor(windows[state], nextRoom, door);
        PlanWindow instead = null;
        if (WindowValuation.shareABackup(windows[state], next.backups())) {
          instead = valuation.withoutBackupsOf(next, windows[state]);
          value -= WindowValuation.objective(next) - WindowValuation.objective(instead);
        }
        if (beats(value, state, chosen)) {
          chosen = new Step(state, value, instead);
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

  /**
   * A predecessor state and the value of the best path through it; state -1 for none. The window is
   * the one to aim for after it when it differs from the state's own (without a backup the
   * predecessor already names), else null.
   */
  private record Step(int state, double value, PlanWindow window) {
    static final Step NONE = new Step(-1, Double.NEGATIVE_INFINITY, null);

    Step(int state, double value) {
      this(state, value, null);
    }
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
      byEnd = byEnd(ends);
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

    /**
     * The candidates by end, ties by index. Candidates come by start, so nearly by end already: an
     * insertion sort of plain ints does it in about one pass, without boxing every index.
     */
    private static int[] byEnd(long[] ends) {
      int[] order = new int[ends.length];
      for (int i = 0; i < ends.length; i++) {
        int at = i;
        while (at > 0 && ends[order[at - 1]] > ends[i]) {
          order[at] = order[at - 1];
          at--;
        }
        order[at] = i;
      }
      return order;
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
