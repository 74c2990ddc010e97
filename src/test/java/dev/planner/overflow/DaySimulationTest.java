package dev.planner.overflow;

import static dev.planner.overflow.TestSchedules.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.planner.model.Schedule;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The day simulation that {@code plan --evaluate} plays plans on, against the analytic forecast it
 * is independent of: over 20,000 days a simulated chance has a standard error of at most 0.0035.
 */
class DaySimulationTest {
  private static final int DAYS = 20_000;

  /** One slot: a hot talk in a small room, a quieter one, and a big room that never fills. */
  private static final Schedule SLOT = new TestSchedules().attendees(2500)
      .room("small", 120).room("mid", 200).room("big", 900)
      .talk("hot", "small", "10:00", "10:30", "Platform engineering with eBPF and LLM")
      .talk("mid", "mid", "10:00", "10:30", "Operators")
      .talk("big", "big", "10:00", "10:30", "Storage")
      .build();

  private static RiskReport forecast(OverflowParameters parameters) {
    return new OverflowPredictor(parameters).predict(SLOT, 0.9);
  }

  @Test
  void withoutSpillARoomIsFullAsOftenAsTheForecastSays() {
    OverflowParameters parameters = TestSchedules.DEFAULTS;
    parameters = new OverflowParameters(parameters.attendance(), parameters.choice(), parameters.demand(),
        parameters.levels(), parameters.arrival(), 0);
    RiskReport report = forecast(parameters);
    DaySimulation simulation = new DaySimulation(SLOT, report.sessions(), parameters);
    SplittableRandom random = new SplittableRandom(3);
    for (SessionRisk risk : report.sessions()) {
      int full = 0;
      long doors = (long) Math.floor(risk.effectiveCapacity());
      for (int day = 0; day < DAYS; day++) {
        full += simulation.draw(random).crowd(risk.id()) > doors ? 1 : 0;
      }
      assertThat(full / (double) DAYS).as(risk.id().value()).isCloseTo(risk.pFull(), within(0.015));
    }
  }

  @Test
  void anInferredAttendanceAndSeatCountWidenTheSimulatedCrowdsAsTheyWidenTheForecast() {
    OverflowParameters noSpill = new OverflowParameters(TestSchedules.DEFAULTS.attendance(), TestSchedules.DEFAULTS.choice(),
        TestSchedules.DEFAULTS.demand(), TestSchedules.DEFAULTS.levels(), TestSchedules.DEFAULTS.arrival(), 0);
    Schedule doubtful = new Schedule(SLOT.conference(), SLOT.zone(), SLOT.attendees(),
        new dev.planner.model.Venue(SLOT.venue().name(), SLOT.venue().rooms().stream()
            .map(room -> room.withCapacity(room.capacity(), room.capacitySource(), 0.5)).toList(), SLOT.venue().walking()),
        SLOT.sessions(), 0.6);
    RiskReport report = new OverflowPredictor(noSpill).predict(doubtful, 0.9);
    DaySimulation simulation = new DaySimulation(doubtful, report.sessions(), noSpill);
    SplittableRandom random = new SplittableRandom(6);
    SessionRisk hot = report.find(id("hot")).orElseThrow();
    int full = 0;
    for (int day = 0; day < DAYS; day++) {
      full += simulation.draw(random).crowd(hot.id()) > (long) Math.floor(hot.effectiveCapacity()) ? 1 : 0;
    }
    assertThat(full / (double) DAYS).isCloseTo(hot.pFull(), within(0.015));
  }

  @Test
  void aDoorAtTheStartLetsYouInAsOftenAsTheAdmissionCurveSays() {
    RiskReport report = forecast(TestSchedules.DEFAULTS);
    OverflowParameters noSpill = new OverflowParameters(TestSchedules.DEFAULTS.attendance(), TestSchedules.DEFAULTS.choice(),
        TestSchedules.DEFAULTS.demand(), TestSchedules.DEFAULTS.levels(), TestSchedules.DEFAULTS.arrival(), 0);
    DaySimulation simulation = new DaySimulation(SLOT, report.sessions(), noSpill);
    SplittableRandom days = new SplittableRandom(4);
    SplittableRandom doors = new SplittableRandom(5);
    AdmissionCurve curve = report.admissionCurve(id("hot")).orElseThrow();
    for (double minutesEarly : new double[] {0, 5, 10}) {
      int admitted = 0;
      for (int day = 0; day < DAYS; day++) {
        admitted += simulation.draw(days).admits(id("hot"), minutesEarly, doors) ? 1 : 0;
      }
      // The simulation counts whole people ahead of you; the curve scales the crowd: they differ by a person.
      assertThat(admitted / (double) DAYS).as("%s minutes early", minutesEarly)
          .isCloseTo(curve.chanceArriving(minutesEarly), within(0.03));
    }
  }

  @Test
  void aFullRoomSpillsIntoTheOthersOfItsSlot() {
    RiskReport report = forecast(TestSchedules.DEFAULTS);
    DaySimulation withSpill = new DaySimulation(SLOT, report.sessions(), TestSchedules.DEFAULTS);
    OverflowParameters none = new OverflowParameters(TestSchedules.DEFAULTS.attendance(), TestSchedules.DEFAULTS.choice(),
        TestSchedules.DEFAULTS.demand(), TestSchedules.DEFAULTS.levels(), TestSchedules.DEFAULTS.arrival(), 0);
    DaySimulation withoutSpill = new DaySimulation(SLOT, report.sessions(), none);
    long spilled = 0;
    long alone = 0;
    for (int day = 0; day < 2_000; day++) {
      spilled += withSpill.draw(new SplittableRandom(day)).crowd(id("mid"));
      alone += withoutSpill.draw(new SplittableRandom(day)).crowd(id("mid"));
    }
    assertThat(report.find(id("hot")).orElseThrow().pFull()).isGreaterThan(0.3);
    assertThat(spilled).isGreaterThan(alone);
  }

  @Test
  void theSameSeedDrawsTheSameDay() {
    DaySimulation simulation = new DaySimulation(SLOT, forecast(TestSchedules.DEFAULTS).sessions(), TestSchedules.DEFAULTS);
    assertThat(simulation.draw(new SplittableRandom(9)).crowd(id("hot")))
        .isEqualTo(simulation.draw(new SplittableRandom(9)).crowd(id("hot")));
  }

  @Test
  void aSessionItDoesNotKnowLetsEveryoneIn() {
    DaySimulation simulation = new DaySimulation(SLOT, forecast(TestSchedules.DEFAULTS).sessions(), TestSchedules.DEFAULTS);
    assertThat(simulation.draw(new SplittableRandom(1)).admits(id("elsewhere"), 0, new SplittableRandom(2))).isTrue();
  }
}
