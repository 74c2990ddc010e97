package dev.planner.overflow;

import static dev.planner.overflow.TestSchedules.DEFAULTS;
import static dev.planner.overflow.TestSchedules.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.Schedule;
import dev.planner.model.Venue;
import org.junit.jupiter.api.Test;

/** An inferred attendance or seat count carries its doubt into P(full), as probability says it should. */
class ForecastDoubtTest {
  private final OverflowPredictor predictor = new OverflowPredictor(DEFAULTS);

  /** Two rooms: "quiet" well below its doors, "packed" well above. */
  private static Schedule schedule() {
    return new TestSchedules().attendees(2000)
        .room("quiet", 400).room("packed", 60)
        .talk("q", "quiet", "10:00", "10:40", "Quiet")
        .talk("p", "packed", "10:00", "10:40", "Packed")
        .build();
  }

  @Test
  void doubtAboutTheAttendancePullsEveryChanceTowardsEvenAndKeepsTheExpectedDemand() {
    RiskReport sure = predictor.predict(schedule(), 0.9);
    RiskReport unsure = predictor.predict(schedule().withAttendance(2000, 0.6), 0.9);

    SessionRisk quietSure = sure.find(id("q")).orElseThrow();
    SessionRisk quietUnsure = unsure.find(id("q")).orElseThrow();
    SessionRisk packedSure = sure.find(id("p")).orElseThrow();
    SessionRisk packedUnsure = unsure.find(id("p")).orElseThrow();
    assertThat(quietSure.fillRatio()).isLessThan(0.8);
    assertThat(packedSure.fillRatio()).isGreaterThan(1.1);
    assertThat(quietUnsure.pFull()).isGreaterThan(quietSure.pFull());
    assertThat(packedUnsure.pFull()).isLessThan(packedSure.pFull());
    assertThat(quietUnsure.expectedDemand()).isCloseTo(quietSure.expectedDemand(), within(1e-9));
  }

  @Test
  void aWiderDoubtMovesTheChanceFurther() {
    double narrow = predictor.predict(schedule().withAttendance(2000, 0.2), 0.9).find(id("q")).orElseThrow().pFull();
    double wide = predictor.predict(schedule().withAttendance(2000, 0.6), 0.9).find(id("q")).orElseThrow().pFull();

    assertThat(wide).isGreaterThan(narrow);
  }

  @Test
  void aPriorSeatCountWidensOnlyItsOwnRoom() {
    Schedule sure = schedule();
    Schedule prior = sure.withVenue(new Venue("Hall", sure.venue().rooms().stream()
        .map(room -> room.id().value().equals("quiet") ? room.withCapacity(400, CapacitySource.PRIOR, Room.PRIOR_DOUBT) : room)
        .toList(), sure.venue().walking()));

    RiskReport before = predictor.predict(sure, 0.9);
    RiskReport after = predictor.predict(prior, 0.9);

    assertThat(after.find(id("q")).orElseThrow().pFull()).isGreaterThan(before.find(id("q")).orElseThrow().pFull());
    assertThat(after.find(id("p")).orElseThrow().pFull()).isEqualTo(before.find(id("p")).orElseThrow().pFull());
  }

  @Test
  void theArriveByTimeAndAdmissionFollowTheWidenedDistribution() {
    RiskReport unsure = predictor.predict(schedule().withAttendance(2000, 0.6), 0.9);
    SessionRisk quiet = unsure.find(id("q")).orElseThrow();

    double atStart = unsure.admissionCurve(id("q")).orElseThrow().chanceArriving(0);
    assertThat(atStart).isCloseTo(1 - quiet.pFull(), within(0.02));
  }
}
