package dev.planner.overflow;

import static dev.planner.overflow.TestSchedules.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.model.Schedule;
import org.junit.jupiter.api.Test;

class ArrivalBeyondReachTest {
  private final OverflowPredictor predictor = new OverflowPredictor(ModelFileReader.defaults());

  @Test
  void aRoomFarBeyondItsSeatsSaysTheTargetIsOutOfReachAndGivesTheBestChance() {
    // Three thousand people, two talks, one of them in a ten-seat room: dozens of times its seats.
    Schedule schedule = new TestSchedules().attendees(3000).room("closet", 10).room("b", 10)
        .talk("hot", "closet", "11:00", "11:30", "Everyone wants in")
        .talk("other", "b", "11:00", "11:30", "Also tiny")
        .build();
    SessionRisk hot = predictor.predict(schedule, 0.9).find(id("hot")).orElseThrow();
    assertThat(hot.fillRatio()).isGreaterThan(20);
    assertThat(hot.targetReachable()).isFalse();
    assertThat(hot.arriveBy()).isEqualTo(TestSchedules.at(TestSchedules.DAY, "10:40"));
    assertThat(hot.chanceAtArriveBy()).isLessThan(0.9)
        .isCloseTo(predictor.predict(schedule, 0.9).admissionCurve(id("hot")).orElseThrow().chanceArriving(20),
            within(1e-12));
  }

  @Test
  void aCrowdedButReachableRoomKeepsItsArriveBy() {
    Schedule schedule = new TestSchedules().attendees(1000).room("a", 100).room("b", 100)
        .talk("t1", "a", "10:00", "10:40", "Alpha")
        .talk("t2", "b", "10:00", "10:40", "Beta")
        .build();
    SessionRisk risk = predictor.predict(schedule, 0.9).find(id("t1")).orElseThrow();
    assertThat(risk.targetReachable()).isTrue();
    assertThat(risk.chanceAtArriveBy()).isGreaterThanOrEqualTo(0.9);
  }
}
