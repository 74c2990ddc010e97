package dev.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.planner.model.Preferences;
import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.ranking.ScoredSession;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the day planner on random schedules, interests and forecasts. */
class DayPlannerProperties {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 20);

  private record Case(Schedule schedule, List<ScoredSession> scored, CrowdForecast forecast) {}

  private static Case randomCase(long seed, int sessions, int rooms) {
    Schedule schedule = PlanningFixtures.randomSchedule(seed, sessions, rooms);
    return new Case(schedule, PlanningFixtures.scored(schedule, PlanningFixtures.randomInterests(seed, schedule)),
        PlanningFixtures.TableForecast.random(seed, schedule));
  }

  private static DayPlan plan(Case c, PlanOptions options, Profile profile) {
    return new DayPlanner(c.schedule(), c.forecast(), options).plan(DAY, c.scored(), profile);
  }

  @Property(tries = 200)
  void primariesNeverOverlapAndEachIsReachableFromTheLast(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int sessions) {
    Case c = randomCase(seed, sessions, 4);
    DayPlan plan = plan(c, PlanOptions.defaults(2), Profile.EMPTY);
    WindowValuation valuation = valuation(c, PlanOptions.defaults(2));
    List<PlanWindow> windows = plan.windows();
    for (int i = 1; i < windows.size(); i++) {
      Session before = windows.get(i - 1).primary().session();
      PlanWindow next = windows.get(i);
      Session after = next.primary().session();
      assertThat(before.overlaps(after)).as("%s and %s overlap", before.id(), after.id()).isFalse();
      ZonedDateTime leave = next.arriveBy().minusMinutes(valuation.walk(before, after));
      assertThat(leave).as("leaving %s for %s", before.id(), after.id()).isAfterOrEqualTo(before.start());
      assertThat(next.arriveBy()).isBeforeOrEqualTo(after.start());
    }
  }

  @Property(tries = 200)
  void backupsOverlapTheirPrimaryAndDifferFromIt(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int sessions) {
    DayPlan plan = plan(randomCase(seed, sessions, 5), PlanOptions.defaults(3), Profile.EMPTY);
    for (PlanWindow window : plan.windows()) {
      assertThat(window.backups()).hasSizeLessThanOrEqualTo(3);
      for (Backup backup : window.backups()) {
        assertThat(backup.scored().session().id()).isNotEqualTo(window.primary().session().id());
        assertThat(backup.scored().session().overlaps(window.primary().session())).isTrue();
      }
    }
  }

  @Property(tries = 200)
  void noSessionIsABackupOfTwoWindowsInARow(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int sessions) {
    DayPlan plan = plan(randomCase(seed, sessions, 3), PlanOptions.defaults(3), Profile.EMPTY);
    for (int i = 1; i < plan.windows().size(); i++) {
      List<String> before = plan.windows().get(i - 1).backups().stream().map(b -> b.scored().session().id().value()).toList();
      assertThat(plan.windows().get(i).backups()).extracting(b -> b.scored().session().id().value())
          .noneMatch(before::contains);
    }
  }

  @Property(tries = 200)
  void aWindowLeftEarlySaysWhenAndTheNextDoorIsReachedFromThere(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 40) int sessions) {
    Case c = randomCase(seed, sessions, 4);
    DayPlan plan = plan(c, PlanOptions.defaults(2), Profile.EMPTY);
    WindowValuation valuation = valuation(c, PlanOptions.defaults(2));
    for (int i = 1; i < plan.windows().size(); i++) {
      PlanWindow before = plan.windows().get(i - 1);
      PlanWindow next = plan.windows().get(i);
      ZonedDateTime leave = next.doorTime().minusMinutes(valuation.walk(before.primary().session(), next.primary().session()));
      if (leave.isBefore(before.end())) {
        assertThat(before.leaveAt()).hasValue(leave);
      } else {
        assertThat(before.leaveAt()).isEmpty();
      }
    }
  }

  @Property(tries = 200)
  void aMustSeeIsAlwaysAPrimary(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int sessions,
      @ForAll @IntRange(min = 0, max = 29) int pick) {
    Case c = randomCase(seed, sessions, 4);
    String mustSee = c.schedule().sessions().get(pick % sessions).id().value();
    Profile profile = new Profile(Map.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(mustSee), List.of(), Preferences.DEFAULT);
    DayPlan plan = plan(c, PlanOptions.defaults(2), profile);
    assertThat(plan.windows()).extracting(w -> w.primary().session().id().value()).contains(mustSee);
  }

  @Property(tries = 200)
  void theOptimisedPlanIsWorthAtLeastTheNaivePlan(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int sessions) {
    Case c = randomCase(seed, sessions, 4);
    DayPlan optimised = plan(c, PlanOptions.defaults(2), Profile.EMPTY);
    DayPlan naive = new NaivePlanner(c.schedule(), c.forecast(), PlanOptions.defaults(2)).plan(DAY, c.scored(), Profile.EMPTY);
    assertThat(objective(optimised)).isGreaterThanOrEqualTo(objective(naive) - 1e-9);
  }

  @Property(tries = 150)
  void onSmallDaysTheOptimumEqualsABruteForceSearch(@ForAll long seed, @ForAll @IntRange(min = 1, max = 7) int sessions) {
    Case c = randomCase(seed, sessions, 3);
    PlanOptions options = new PlanOptions(1, List.of(0, 10, 20), 1, 0, Optional.empty(), Set.of(), Optional.empty());
    DayPlan plan = plan(c, options, Profile.EMPTY);
    double brute = new BruteForce(c, options).best();
    assertThat(pathValue(plan)).isCloseTo(brute, offset(1e-6));
  }

  private static WindowValuation valuation(Case c, PlanOptions options) {
    return new WindowValuation(c.schedule(), c.forecast(), options, WorthScale.of(c.scored(), options.fill()));
  }

  private static double objective(DayPlan plan) {
    return plan.windows().stream().mapToDouble(WindowValuation::objective).sum();
  }

  /** What the planner maximises: the worth of the windows as lived, each left in time for the next. */
  private static double pathValue(DayPlan plan) {
    return objective(plan);
  }

  /**
   * Every sequence of (session, lead or kept seat) in start order, each window left in time for the
   * next and valued afresh, and going without the backups the window before it names.
   */
  private static final class BruteForce {
    private final List<ScoredSession> candidates;
    private final WindowValuation valuation;
    private final PlanOptions options;

    BruteForce(Case c, PlanOptions options) {
      this.candidates = DayPlanner.candidates(c.scored(), Preferences.DEFAULT, options);
      this.valuation = valuation(c, options);
      this.options = options;
    }

    double best() {
      return Math.max(0, extend(null, -1));
    }

    /** The best value of what follows a window (valued as if nothing followed it), it included. */
    private double extend(PlanWindow last, int lastIndex) {
      double best = last == null ? Double.NEGATIVE_INFINITY : WindowValuation.objective(last);
      for (int i = lastIndex + 1; i < candidates.size(); i++) {
        ScoredSession next = candidates.get(i);
        List<Backup> backups = valuation.backups(next, candidates);
        List<PlanWindow> choices = new ArrayList<>();
        for (int lead : options.leadChoices()) {
          choices.add(valuation.window(next, lead, backups));
        }
        if (last != null && DayPlanner.keepsSeat(last.primary().session(), next.session())) {
          choices.add(valuation.staying(next, last, backups));
        }
        for (PlanWindow choice : choices) {
          if (last != null && !fits(last, choice)) {
            continue;
          }
          PlanWindow window = last == null ? choice : valuation.withoutBackupsOf(choice, last);
          double here = last == null ? 0 : WindowValuation.objective(valuation.leaving(last, window));
          best = Math.max(best, here + extend(window, i));
        }
      }
      return best;
    }

    private boolean fits(PlanWindow before, PlanWindow after) {
      Session a = before.primary().session();
      Session b = after.primary().session();
      if (a.end().isAfter(b.start())) {
        return false;
      }
      ZonedDateTime leave = after.doorTime().minusMinutes(valuation.walk(a, b));
      return !leave.isBefore(a.start().plus(a.duration().dividedBy(2)));
    }
  }
}
