package dev.planner.planning;

import static dev.planner.planning.PlanningFixtures.scored;
import static dev.planner.planning.PlanningFixtures.schedule;
import static dev.planner.planning.PlanningFixtures.talk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.planner.model.Preferences;
import dev.planner.model.Profile;
import dev.planner.model.RiskAppetite;
import dev.planner.model.Schedule;
import dev.planner.model.SessionId;
import dev.planner.ranking.ScoredSession;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DayPlannerTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 20);

  /** Two slots of two talks each: 09:00–09:30 and 09:40–10:10, rooms 0 and 1. */
  private static final Schedule TWO_SLOTS = schedule(List.of(
      talk("a", "r0", 0, 30), talk("b", "r1", 0, 30),
      talk("c", "r0", 40, 30), talk("d", "r1", 40, 30)), 2);

  private static DayPlan plan(Schedule schedule, Map<String, Double> interests, CrowdForecast forecast, PlanOptions options,
      Profile profile) {
    return new DayPlanner(schedule, forecast, options).plan(DAY, scored(schedule, interests), profile);
  }

  private static List<String> primaries(DayPlan plan) {
    return plan.windows().stream().map(w -> w.primary().session().id().value()).toList();
  }

  @Test
  void picksTheMostInterestingTalkOfEachSlotWhenNoRoomFills() {
    DayPlan plan = plan(TWO_SLOTS, Map.of("a", 10.0, "b", 80.0, "c", 60.0, "d", 20.0), CrowdForecast.NEVER_FULL,
        PlanOptions.defaults(2), Profile.EMPTY);
    assertThat(primaries(plan)).containsExactly("b", "c");
    assertThat(plan.windows()).allSatisfy(window -> {
      assertThat(window.admission()).isEqualTo(1.0);
      assertThat(window.backups()).isEmpty();
      assertThat(window.arriveBy()).isEqualTo(window.start());
    });
    assertThat(plan.summary().expectedTalks()).isEqualTo(2.0);
    assertThat(plan.summary().expectedInterest()).isEqualTo(140.0);
    assertThat(plan.summary().pTurnedAwayAtLeastOnce()).isZero();
  }

  @Test
  void arrivesEarlyForARoomLikelyToFillWhenNothingBeforeItIsLost() {
    var forecast = new PlanningFixtures.TableForecast().set("c", 0.6);
    DayPlan plan = plan(TWO_SLOTS, Map.of("a", 10.0, "b", 20.0, "c", 90.0, "d", 5.0), forecast, PlanOptions.defaults(2),
        Profile.EMPTY);
    PlanWindow crowded = plan.windows().get(1);
    assertThat(crowded.primary().session().id().value()).isEqualTo("c");
    assertThat(crowded.leadMinutes()).isPositive();
    assertThat(crowded.admission()).isGreaterThan(1 - 0.6);
  }

  @Test
  void namesAnOverlappingBackupForAPrimaryThatMayBeFull() {
    var forecast = new PlanningFixtures.TableForecast().set("c", 0.6);
    DayPlan plan = plan(TWO_SLOTS, Map.of("c", 90.0, "d", 50.0), forecast, PlanOptions.defaults(2), Profile.EMPTY);
    PlanWindow window = plan.windows().get(1);
    assertThat(window.backups()).singleElement().satisfies(backup -> {
      assertThat(backup.scored().session().id().value()).isEqualTo("d");
      assertThat(backup.walkMinutes()).isEqualTo(6);
    });
  }

  @Test
  void keepsAMustSeeEvenWhenSomethingElseIsMoreInteresting() {
    Profile profile = new Profile(Map.of(), Map.of(), Map.of(), List.of(), List.of(), List.of("a"), List.of(), Preferences.DEFAULT);
    DayPlan plan = plan(TWO_SLOTS, Map.of("a", 1.0, "b", 99.0), CrowdForecast.NEVER_FULL, PlanOptions.defaults(0), profile);
    assertThat(primaries(plan)).startsWith("a");
  }

  @Test
  void honoursTheLunchWindowAndTheLatestEnd() {
    Schedule day = schedule(List.of(talk("early", "r0", 0, 30), talk("lunch", "r0", 180, 30), talk("late", "r0", 540, 30)), 1);
    Preferences preferences = new Preferences(RiskAppetite.NORMAL, 0, 1,
        Optional.of(new Preferences.TimeWindow(LocalTime.of(12, 0), LocalTime.of(13, 0))), Optional.of(LocalTime.of(17, 0)));
    Profile profile = new Profile(Map.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), preferences);
    DayPlan plan = plan(day, Map.of("early", 5.0, "lunch", 90.0, "late", 90.0), CrowdForecast.NEVER_FULL, PlanOptions.defaults(2), profile);
    assertThat(primaries(plan)).containsExactly("early");
  }

  @Test
  void plansOnlyTheRestOfTheDayFromNow() {
    PlanOptions options = new PlanOptions(2, PlanOptions.DEFAULT_LEADS, 1, 0,
        Optional.of(PlanningFixtures.DAY_START.plusMinutes(20)), Set.of(), Optional.empty());
    DayPlan plan = plan(TWO_SLOTS, Map.of("a", 90.0, "c", 10.0), CrowdForecast.NEVER_FULL, options, Profile.EMPTY);
    assertThat(primaries(plan)).containsExactly("c");
    assertThat(plan.windows().get(0).arriveBy()).isAfterOrEqualTo(PlanningFixtures.DAY_START.plusMinutes(20));
  }

  @Test
  void routesAroundASessionKnownToBeFull() {
    PlanOptions options = new PlanOptions(2, PlanOptions.DEFAULT_LEADS, 1, 0, Optional.empty(),
        Set.of(new SessionId("c")), Optional.empty());
    DayPlan plan = plan(TWO_SLOTS, Map.of("c", 90.0, "d", 10.0), new PlanningFixtures.TableForecast().set("d", 0.5), options,
        Profile.EMPTY);
    assertThat(primaries(plan)).doesNotContain("c").contains("d");
    assertThat(plan.windows()).flatMap(PlanWindow::backups).noneMatch(b -> b.scored().session().id().value().equals("c"));
  }

  @Test
  void startsWalkingFromTheSessionAttended() {
    Schedule day = schedule(List.of(talk("here", "r0", 0, 30), talk("near", "r0", 32, 30), talk("far", "r1", 32, 30)), 2);
    PlanOptions options = new PlanOptions(0, List.of(0), 1, 0, Optional.of(PlanningFixtures.DAY_START.plusMinutes(28)),
        Set.of(), Optional.of(new SessionId("here")));
    DayPlan plan = plan(day, Map.of("near", 10.0, "far", 90.0), CrowdForecast.NEVER_FULL, options, Profile.EMPTY);
    // "far" needs six minutes of walking from "here", leaving before now: out of reach.
    assertThat(primaries(plan)).containsExactly("near");
  }

  @Test
  void aRecordingIsTheFallbackWhenTheProfileValuesIt() {
    PlanOptions options = new PlanOptions(0, List.of(0), 1, 0.5, Optional.empty(), Set.of(), Optional.empty());
    DayPlan plan = plan(TWO_SLOTS, Map.of("a", 80.0), new PlanningFixtures.TableForecast().set("a", 0.5), options, Profile.EMPTY);
    PlanWindow window = plan.windows().get(0);
    assertThat(window.fallback()).isEqualTo(Fallback.RECORDING);
    assertThat(window.expectedInterest()).isEqualTo(0.5 * 80 + 0.5 * 0.5 * 80);
  }

  @Test
  void keepsTheSeatForTheNextTalkInTheSameRoom() {
    Schedule keynotes = schedule(List.of(talk("first", "r0", 0, 20), talk("second", "r0", 22, 20)), 1);
    var forecast = new PlanningFixtures.TableForecast().set("first", 0.5).set("second", 0.5);
    DayPlan plan = plan(keynotes, Map.of("first", 50.0, "second", 50.0), forecast, PlanOptions.defaults(0), Profile.EMPTY);
    PlanWindow first = plan.windows().get(0);
    PlanWindow second = plan.windows().get(1);
    assertThat(first.staysSeated()).isFalse();
    assertThat(second.staysSeated()).isTrue();
    double atTheDoor = forecast.admission(new SessionId("second"), 0);
    assertThat(second.admission()).isEqualTo(first.admission() + (1 - first.admission()) * atTheDoor);
    // Turned away only at a door: never at a kept seat.
    assertThat(plan.summary().pTurnedAwayAtLeastOnce()).isCloseTo(1 - first.admission(), offset(1e-12));
  }

  @Test
  void theSamePlanComesOutEveryTime() {
    Schedule schedule = PlanningFixtures.randomSchedule(7, 40, 5);
    Map<String, Double> interests = PlanningFixtures.randomInterests(7, schedule);
    var forecast = PlanningFixtures.TableForecast.random(7, schedule);
    DayPlan first = plan(schedule, interests, forecast, PlanOptions.defaults(2), Profile.EMPTY);
    DayPlan second = plan(schedule, interests, forecast, PlanOptions.defaults(2), Profile.EMPTY);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aBackupCountsOnlyUntilYouMustLeaveItForTheNextWindowsDoor() {
    Schedule day = schedule(List.of(talk("a", "r0", 0, 30), talk("long", "r1", 0, 60), talk("c", "r0", 40, 30)), 2);
    var forecast = new PlanningFixtures.TableForecast().set("a", 0.6);
    PlanOptions options = new PlanOptions(1, List.of(0), 1, 0, Optional.empty(), Set.of(), Optional.empty());
    DayPlan plan = plan(day, Map.of("a", 90.0, "long", 50.0, "c", 60.0), forecast, options, Profile.EMPTY);
    assertThat(primaries(plan)).containsExactly("a", "c");
    PlanWindow first = plan.windows().get(0);
    assertThat(first.backups()).extracting(b -> b.scored().session().id().value()).containsExactly("long");
    // Turned away at 09:00, in the long talk at 09:06 (six minutes' walk), out at 09:34 to be at c's door at 09:40.
    assertThat(first.expectedInterest()).isCloseTo(0.4 * 90 + 0.6 * 50 * (34 - 6) / 60.0, offset(1e-9));
    assertThat(plan.summary().expectedInterest()).isCloseTo(0.4 * 90 + 0.6 * 50 * 28 / 60.0 + 60, offset(1e-9));
  }

  @Test
  void aSessionTheProfileAvoidsIsNeverBookedAndAStretchWithNothingWorthGoingToStaysFree() {
    List<ScoredSession> scored = List.of(points("a", 0, -6), points("b", 0, 0), points("c", 100, 12), points("d", 0, 0));
    DayPlan plan = new DayPlanner(TWO_SLOTS, CrowdForecast.NEVER_FULL, PlanOptions.defaults(2)).plan(DAY, scored, Profile.EMPTY);
    assertThat(primaries(plan)).containsExactly("c");
    assertThat(plan.freeTime()).singleElement().satisfies(free -> {
      assertThat(free.start()).isEqualTo(PlanningFixtures.DAY_START);
      assertThat(free.end()).isEqualTo(PlanningFixtures.DAY_START.plusMinutes(30));
      assertThat(free.reason()).isEqualTo(FreeTime.Reason.NOTHING_MATCHES);
    });
    DayPlan filled = new DayPlanner(TWO_SLOTS, CrowdForecast.NEVER_FULL, PlanOptions.defaults(2).withFill(true))
        .plan(DAY, scored, Profile.EMPTY);
    assertThat(primaries(filled)).containsExactly("b", "c");
    assertThat(filled.freeTime()).isEmpty();
  }

  @Test
  void aStretchOfOnlyAvoidedSessionsStaysFreeEvenWhenTheDayIsFilled() {
    List<ScoredSession> scored = List.of(points("a", 0, -6), points("b", 0, -1), points("c", 100, 12), points("d", 0, 0));
    DayPlan plan = new DayPlanner(TWO_SLOTS, CrowdForecast.NEVER_FULL, PlanOptions.defaults(2).withFill(true))
        .plan(DAY, scored, Profile.EMPTY);
    assertThat(primaries(plan)).containsExactly("c");
    assertThat(plan.freeTime()).singleElement().extracting(FreeTime::reason).isEqualTo(FreeTime.Reason.ONLY_AVOIDED);
  }

  @Test
  void withNoInterestAnywhereEveryTalkCountsTheSameAndTheDayIsFilled() {
    List<ScoredSession> scored = List.of(points("a", 0, 0), points("b", 0, 0), points("c", 0, 0), points("d", 0, 0));
    var forecast = new PlanningFixtures.TableForecast().set("a", 0.99).set("d", 0.99);
    PlanOptions onTime = new PlanOptions(0, List.of(0), 1, 0, Optional.empty(), Set.of(), Optional.empty());
    DayPlan plan = new DayPlanner(TWO_SLOTS, forecast, onTime).plan(DAY, scored, Profile.EMPTY);
    // Every talk is worth the same, so the doors that let you in win.
    assertThat(primaries(plan)).containsExactly("b", "c");
    assertThat(plan.freeTime()).isEmpty();
    assertThat(plan.summary().expectedTalks()).isEqualTo(2.0);
  }

  @Test
  void onEqualInterestTheDoorThatWillLetYouInWins() {
    var forecast = new PlanningFixtures.TableForecast().set("a", 0.99);
    PlanOptions onTime = new PlanOptions(2, List.of(0), 1, 0, Optional.empty(), Set.of(), Optional.empty());
    DayPlan plan = plan(TWO_SLOTS, Map.of("a", 50.0, "b", 50.0), forecast, onTime, Profile.EMPTY);
    assertThat(primaries(plan)).startsWith("b");
  }

  @Test
  void theSurestSeatIsKeptWhenWhatComesAfterMakesItWorthMore() {
    // A day where the seat kept after the best talk before is not the one to go on from: a less sure
    // seat leaves weight on backups that must be left early for the next talk.
    Schedule schedule = PlanningFixtures.randomSchedule(-96, 35, 4);
    List<ScoredSession> scored = scored(schedule, PlanningFixtures.randomInterests(-96, schedule));
    var forecast = PlanningFixtures.TableForecast.random(-96, schedule);
    DayPlan optimised = new DayPlanner(schedule, forecast, PlanOptions.defaults(2)).plan(DAY, scored, Profile.EMPTY);
    DayPlan naive = new NaivePlanner(schedule, forecast, PlanOptions.defaults(2)).plan(DAY, scored, Profile.EMPTY);
    assertThat(optimised.windows().stream().mapToDouble(WindowValuation::objective).sum())
        .isGreaterThanOrEqualTo(naive.windows().stream().mapToDouble(WindowValuation::objective).sum());
  }

  private static ScoredSession points(String id, double interest, double points) {
    List<ScoredSession.Contribution> because = points == 0 ? List.of() : List.of(new ScoredSession.Contribution("term", "title", points));
    return new ScoredSession(TWO_SLOTS.session(new SessionId(id)).orElseThrow(), interest, because);
  }
}
