package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The analytic forecast against the seeded attendee simulation. With 20,000 runs the standard error
 * of a simulated probability is at most 0.0035, so P(full) must agree within 0.015 (about four
 * standard errors); conditional probabilities rest on fewer runs and must agree within 0.03.
 */
class SimulationAgreementTest {
  private static final int RUNS = 20_000;
  private static final double CV = 0.35;
  private static final double SHOCK = 0.25;
  private static final double SPILL = 0.45;
  private final DemandDistribution demand = new DemandDistribution(CV, SHOCK, 12);

  @Test
  void pFullAgreesInABalancedSlot() {
    assertAgreement(new AttendeeSimulator.Slot(900, 0.5, new double[] {0.0, 0.3, -0.2, 0.1}, new long[] {190, 220, 150, 400}), 11);
  }

  @Test
  void pFullAgreesWithAStrongFavourite() {
    assertAgreement(new AttendeeSimulator.Slot(2500, 0.5, new double[] {2.0, 0.0, 0.0}, new long[] {1500, 300, 250}), 12);
  }

  @Test
  void pFullAgreesInASmallWeakSlot() {
    assertAgreement(new AttendeeSimulator.Slot(120, 1.5, new double[] {-0.5, 0.0}, new long[] {20, 30}), 13);
  }

  @Test
  void spillIntoTheBackupAgreesWithTheAnalyticConditional() {
    // Primary often full, backup sometimes, a third room that is never full.
    double[] utilities = {0.6, 0.0, -0.3};
    AttendeeSimulator.Slot slot = new AttendeeSimulator.Slot(1000, 0.5, utilities, new long[] {330, 220, 900});
    AttendeeSimulator.Outcome outcome = new AttendeeSimulator(14).run(slot, CV, SHOCK, SPILL, RUNS);
    double[] means = means(slot);
    double spillFraction = SPILL * Math.exp(utilities[1]) / (Math.exp(utilities[1]) + Math.exp(utilities[2]));
    double analytic = SpillModel.pFullGivenFull(demand, means[0], 330, means[1], 220, spillFraction);
    assertThat(analytic).isGreaterThan(demand.pFull(means[1], 220) + 0.05);
    assertThat(outcome.pFullGivenFull(1, 0)).isCloseTo(analytic, within(0.03));
  }

  @Test
  void admissionByMinutesEarlyAgreesWithTheArrivalCurve() {
    ArrivalCurve arrival = new ArrivalCurve(5, 20);
    DemandDistribution noShock = new DemandDistribution(CV, 0, 1);
    AdmissionCurve curve = new AdmissionCurve(noShock, 320, 250, arrival);
    AttendeeSimulator simulator = new AttendeeSimulator(15);
    for (double minutes : new double[] {0, 3, 6, 10}) {
      double simulated = simulator.admission(320, 250, CV, arrival, minutes, 8_000);
      assertThat(simulated).as("%s minutes early", minutes).isCloseTo(curve.chanceArriving(minutes), within(0.03));
    }
  }

  private void assertAgreement(AttendeeSimulator.Slot slot, long seed) {
    AttendeeSimulator.Outcome outcome = new AttendeeSimulator(seed).run(slot, CV, SHOCK, SPILL, RUNS);
    double[] means = means(slot);
    for (int j = 0; j < means.length; j++) {
      assertThat(outcome.pFull(j)).as("session %d", j)
          .isCloseTo(demand.pFull(means[j], slot.capacities()[j]), within(0.015));
    }
  }

  /** The analytic expected demands: M(t) times the logit share. */
  private static double[] means(AttendeeSimulator.Slot slot) {
    double denominator = Math.exp(slot.hallwayUtility());
    for (double utility : slot.utilities()) {
      denominator += Math.exp(utility);
    }
    double[] means = new double[slot.utilities().length];
    for (int j = 0; j < means.length; j++) {
      means[j] = slot.peopleInSessions() * Math.exp(slot.utilities()[j]) / denominator;
    }
    return means;
  }
}
