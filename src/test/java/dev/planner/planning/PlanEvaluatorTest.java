package dev.planner.planning;

import static dev.planner.planning.PlanningFixtures.DAY_START;
import static dev.planner.planning.PlanningFixtures.ZONE;
import static dev.planner.planning.PlanningFixtures.scored;
import static dev.planner.planning.PlanningFixtures.talk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.model.CapacitySource;
import dev.planner.model.Profile;
import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.Venue;
import dev.planner.model.WalkingTimes;
import dev.planner.overflow.DaySimulation;
import dev.planner.overflow.OverflowParameters;
import dev.planner.overflow.OverflowPredictor;
import dev.planner.ranking.ScoredSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The evaluator plays plans on simulated days and believes none of the plan's own chances. */
class PlanEvaluatorTest {
  private static final LocalDate DAY = DAY_START.toLocalDate();
  private static final OverflowParameters MODEL = ModelFileReader.defaults();

  private static Schedule schedule(int attendees, List<Session> sessions, Room... rooms) {
    return new Schedule("Test", ZONE, attendees, new Venue("", List.of(rooms), new WalkingTimes(3, 6, 10, Map.of())), sessions);
  }

  private static Room room(String id, int seats, String level, String building) {
    return new Room(new RoomId(id), "Room " + id, seats, CapacitySource.OFFICIAL, level, building);
  }

  private static PlanEvaluator evaluator(Schedule schedule, int runs) {
    DaySimulation simulation = new DaySimulation(schedule, new OverflowPredictor(MODEL).predict(schedule, 0.9).sessions(), MODEL);
    return new PlanEvaluator(schedule, PlanOptions.defaults(2), simulation, runs, 1);
  }

  @Test
  void aDoorThePlanThinksOpenIsFoundClosedWhenTheRoomIsFull() {
    Schedule crowded = schedule(5000, List.of(talk("only", "tiny", 0, 30)), room("tiny", 20, "1", "A"));
    // Planned as if no room ever filled: the plan expects to get in for sure.
    DayPlan plan = new DayPlanner(crowded, CrowdForecast.NEVER_FULL, PlanOptions.defaults(2))
        .plan(DAY, scored(crowded, Map.of("only", 80.0)), Profile.EMPTY);
    assertThat(plan.summary().pTurnedAwayAtLeastOnce()).isZero();
    PlanEvaluator.Evaluation evaluation = evaluator(crowded, 2_000).evaluate(plan);
    assertThat(evaluation.pTurnedAwayAtLeastOnce()).isGreaterThan(0.95);
    assertThat(evaluation.interest()).isLessThan(4);
  }

  @Test
  void leavingATalkEarlyForTheNextDoorCostsItsEnd() {
    Schedule twoBuildings = schedule(300, List.of(talk("north", "n", 0, 30), talk("south", "s", 30, 30)),
        room("n", 2000, "1", "North"), room("s", 2000, "1", "South"));
    PlanOptions onTime = new PlanOptions(0, List.of(0), 1, 0, Optional.empty(), java.util.Set.of(), Optional.empty());
    List<ScoredSession> scored = scored(twoBuildings, Map.of("north", 60.0, "south", 60.0));
    DayPlan plan = new DayPlanner(twoBuildings, CrowdForecast.NEVER_FULL, onTime).plan(DAY, scored, Profile.EMPTY);
    assertThat(plan.windows()).hasSize(2);
    // Ten minutes to walk between buildings: a third of the first talk is lost, in the plan and on the day.
    assertThat(plan.windows().get(0).leaveAt()).hasValue(DAY_START.plusMinutes(20));
    assertThat(plan.summary().expectedTalks()).isCloseTo(2 - 1 / 3.0, offset(1e-9));
    PlanEvaluator.Evaluation evaluation = evaluator(twoBuildings, 500).evaluate(plan);
    assertThat(evaluation.talks()).isCloseTo(2 - 1 / 3.0, offset(1e-9));
    assertThat(evaluation.interest()).isCloseTo(100, offset(1e-9));
  }

  @Test
  void aClosedDoorSendsYouToTheBackupsInTurnAndYouSitThroughWhatIsLeft() {
    // Two rooms of two seats that a crowd of dozens wants into, and one that never fills.
    Schedule slot = schedule(200_000, List.of(talk("a", "tiny1", 0, 30), talk("b", "tiny2", 0, 30), talk("c", "huge", 0, 30)),
        room("tiny1", 2, "1", "A"), room("tiny2", 2, "1", "A"), room("huge", 200_000, "1", "A"));
    Map<String, ScoredSession> scored = new java.util.HashMap<>();
    scored(slot, Map.of("a", 90.0, "b", 80.0, "c", 50.0)).forEach(each -> scored.put(each.session().id().value(), each));
    ScoredSession primary = scored.get("a");
    List<Backup> backups = List.of(
        new Backup(scored.get("b"), 3, DAY_START.plusMinutes(3), 1, 1),
        new Backup(scored.get("c"), 3, DAY_START.plusMinutes(6), 0, 1));
    PlanWindow window = new PlanWindow(primary, DAY_START, false, 0, 1, backups, Fallback.HALLWAY, 0, 90, 1, 91,
        Optional.empty());
    PlanEvaluator.Evaluation evaluation = evaluator(slot, 1_000).evaluate(DayPlan.of(DAY, List.of(window)));
    assertThat(evaluation.pTurnedAwayAtLeastOnce()).isEqualTo(1.0);
    // Three minutes to the first backup, found full, three more to the second: 24 of its 30 minutes.
    assertThat(evaluation.talks()).isCloseTo(0.8, offset(1e-9));
    assertThat(evaluation.interest()).isCloseTo(0.8 * 50, offset(1e-9));
  }

  @Test
  void theSameSeedGivesTheSameFigures() {
    Schedule schedule = PlanningFixtures.randomSchedule(5, 20, 3);
    DayPlan plan = new DayPlanner(schedule, CrowdForecast.NEVER_FULL, PlanOptions.defaults(2))
        .plan(DAY, scored(schedule, PlanningFixtures.randomInterests(5, schedule)), Profile.EMPTY);
    assertThat(evaluator(schedule, 300).evaluate(plan)).isEqualTo(evaluator(schedule, 300).evaluate(plan));
  }
}
