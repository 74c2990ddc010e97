package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class DemandDistributionProperties {
  private static final DemandDistribution DEMAND = new DemandDistribution(0.35, 0.25, 12);
  private static final ArrivalCurve ARRIVAL = new ArrivalCurve(5, 20);

  @Property(tries = 200)
  void pFullRisesWithExpectedDemand(
      @ForAll @DoubleRange(min = 1, max = 5000) double mean,
      @ForAll @DoubleRange(min = 1.01, max = 2) double factor,
      @ForAll @IntRange(min = 10, max = 6000) int capacity) {
    assertThat(DEMAND.pFull(mean * factor, capacity)).isGreaterThanOrEqualTo(DEMAND.pFull(mean, capacity) - 1e-12);
  }

  @Property(tries = 200)
  void pFullFallsWithCapacity(
      @ForAll @DoubleRange(min = 1, max = 5000) double mean,
      @ForAll @IntRange(min = 10, max = 5000) int capacity,
      @ForAll @IntRange(min = 1, max = 1000) int more) {
    double smaller = DEMAND.pFull(mean, capacity);
    assertThat(DEMAND.pFull(mean, capacity + more)).isLessThanOrEqualTo(smaller + 1e-12);
    assertThat(smaller).isBetween(0.0, 1.0);
  }

  @Property(tries = 400)
  void theCdfIsOneMinusTheChanceOfAFullRoomToTheLastBitFarIntoTheTail(
      @ForAll @DoubleRange(min = 0.5, max = 3000) double mean,
      @ForAll @DoubleRange(min = 0.2, max = 40) double seatsPerPerson,
      @ForAll @DoubleRange(min = 0.05, max = 1.5) double cv,
      @ForAll @DoubleRange(min = 0, max = 0.6) double slotShock) {
    DemandDistribution demand = new DemandDistribution(cv, slotShock, 12);
    double seats = mean * seatsPerPerson;
    assertThat(Double.doubleToLongBits(demand.cdf(mean, seats)))
        .isEqualTo(Double.doubleToLongBits(1 - demand.pFull(mean, seats)));
  }

  @Property(tries = 200)
  void arrivingEarlierNeverLowersTheChanceOfGettingIn(
      @ForAll @DoubleRange(min = 1, max = 3000) double mean,
      @ForAll @IntRange(min = 10, max = 3000) int capacity,
      @ForAll @DoubleRange(min = 0, max = 25) double minutes,
      @ForAll @DoubleRange(min = 0.1, max = 5) double earlier) {
    AdmissionCurve curve = new AdmissionCurve(DEMAND, mean, capacity, ARRIVAL);
    assertThat(curve.chanceArriving(minutes + earlier)).isGreaterThanOrEqualTo(curve.chanceArriving(minutes) - 1e-12);
  }

  @Property(tries = 200)
  void minutesEarlyForATargetReachesIt(
      @ForAll @DoubleRange(min = 1, max = 3000) double mean,
      @ForAll @IntRange(min = 10, max = 3000) int capacity,
      @ForAll @DoubleRange(min = 0.5, max = 0.99) double target) {
    AdmissionCurve curve = new AdmissionCurve(DEMAND, mean, capacity, ARRIVAL);
    AdmissionCurve.Advice advice = curve.adviceFor(target);
    assertThat(advice.minutesEarly()).isBetween(0.0, ARRIVAL.windowMinutes());
    if (advice.reachable()) {
      assertThat(curve.chanceArriving(advice.minutesEarly() + 1e-9)).isGreaterThanOrEqualTo(target - 1e-9);
    } else {
      // Out of reach: the window's earliest, and no arrival in the window does better.
      assertThat(advice.minutesEarly()).isEqualTo(ARRIVAL.windowMinutes());
      assertThat(advice.chance()).isLessThan(target).isEqualTo(curve.chanceArriving(ARRIVAL.windowMinutes()));
    }
  }

  @Property(tries = 200)
  void theArrivalCurveInvertsItselfAboveTheEarliestShare(@ForAll @DoubleRange(min = 0, max = 20) double minutes) {
    double share = ARRIVAL.shareAhead(minutes);
    if (share > ARRIVAL.earliestShare()) {
      assertThat(ARRIVAL.minutesEarlyFor(share)).isCloseTo(minutes, org.assertj.core.api.Assertions.within(1e-9));
    } else {
      assertThat(ARRIVAL.shareAhead(ARRIVAL.minutesEarlyFor(share))).isCloseTo(share, org.assertj.core.api.Assertions.within(1e-9));
    }
  }
}
