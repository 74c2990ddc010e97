package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemandDistributionTest {
  private static final DemandDistribution NO_SHOCK = new DemandDistribution(0.35, 0, 1);
  private static final DemandDistribution WITH_SHOCK = new DemandDistribution(0.35, 0.25, 20);

  @ParameterizedTest
  @CsvSource({"200, 0.22", "250, 0.45", "280, 0.58", "320, 0.71"})
  void matchesTheDesignCheckValuesFor250Seats(double mean, double expected) {
    assertThat(NO_SHOCK.pFull(mean, 250)).isCloseTo(expected, within(0.02));
  }

  @ParameterizedTest
  @CsvSource({"1.0, 0.29", "0.6, 0.81", "0.5, 0.93"})
  void admissionMatchesTheDesignCheckValuesWhenAShareIsAhead(double shareAhead, double expected) {
    assertThat(NO_SHOCK.admission(320, 250, shareAhead)).isCloseTo(expected, within(0.02));
  }

  @Test
  void cvIsOneOverTheSquareRootOfTheSize() {
    assertThat(NO_SHOCK.size()).isCloseTo(1 / (0.35 * 0.35), within(1e-12));
  }

  @Test
  void agreesWithTheSummedProbabilityMassFunction() {
    double mean = 180;
    double size = NO_SHOCK.size();
    double below = 0;
    for (long x = 0; x <= 200; x++) {
      below += Math.exp(NegativeBinomial.logPmf(mean, size, x));
    }
    assertThat(NO_SHOCK.pFull(mean, 200)).isCloseTo(1 - below, within(1e-10));
  }

  @Test
  void aSlotShockWidensTheTailsOnBothSides() {
    assertThat(WITH_SHOCK.pFull(150, 250)).isGreaterThan(NO_SHOCK.pFull(150, 250));
    assertThat(WITH_SHOCK.pFull(400, 250)).isLessThan(NO_SHOCK.pFull(400, 250));
  }

  @Test
  void quadratureWithTwelveNodesMatchesFortyNodes() {
    DemandDistribution twelve = new DemandDistribution(0.35, 0.25, 12);
    DemandDistribution forty = new DemandDistribution(0.35, 0.25, 40);
    for (double mean : new double[] {50, 200, 250, 320, 900}) {
      assertThat(twelve.pFull(mean, 250)).isCloseTo(forty.pFull(mean, 250), within(1e-4));
    }
  }

  @Test
  void staysExactForHugeRoomsAndCrowds() {
    assertThat(NO_SHOCK.pFull(10_000, 6_000)).isCloseTo(1 - summedCdf(10_000, 6_000), within(1e-9));
    assertThat(NO_SHOCK.pFull(3_000, 6_000)).isCloseTo(1 - summedCdf(3_000, 6_000), within(1e-9));
    double lower = WITH_SHOCK.pFull(5_000, 6_000);
    double higher = WITH_SHOCK.pFull(10_000, 6_000);
    assertThat(lower).isBetween(0.0, 1.0);
    assertThat(higher).isLessThan(1.0).isGreaterThan(lower);
  }

  /** P(D ≤ c) by the pmf recursion in log space, the slow reference. */
  private static double summedCdf(double mean, long capacity) {
    double size = NO_SHOCK.size();
    double logPmf = NegativeBinomial.logPmf(mean, size, 0);
    double logRatio = Math.log(mean / (size + mean));
    double sum = 0;
    for (long x = 0; x <= capacity; x++) {
      sum += Math.exp(logPmf);
      logPmf += Math.log((x + size) / (x + 1)) + logRatio;
    }
    return sum;
  }

  @Test
  void anEmptyRoomIsNeverFullAndNobodyAheadAlwaysGetsIn() {
    assertThat(WITH_SHOCK.pFull(0, 10)).isZero();
    assertThat(WITH_SHOCK.admission(10_000, 10, 0)).isEqualTo(1.0);
  }

  @Test
  void quantileIsTheSmallestCountReachingTheProbability() {
    long x = WITH_SHOCK.quantile(320, 0.9);
    assertThat(WITH_SHOCK.cdf(320, x)).isGreaterThanOrEqualTo(0.9);
    assertThat(WITH_SHOCK.cdf(320, x - 1)).isLessThan(0.9);
  }
}
