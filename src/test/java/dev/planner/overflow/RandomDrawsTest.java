package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The draws' means and spreads against their distributions, over enough draws for a tight bound. */
class RandomDrawsTest {
  private static final int DRAWS = 40_000;

  @Test
  void poissonCountsHaveTheirMeanAsTheirVarianceSmallAndLarge() {
    for (double mean : new double[] {3, 40, 5_000}) {
      SplittableRandom random = new SplittableRandom(7);
      double sum = 0;
      double squares = 0;
      for (int i = 0; i < DRAWS; i++) {
        long k = RandomDraws.poisson(random, mean);
        sum += k;
        squares += (double) k * k;
      }
      double average = sum / DRAWS;
      double variance = squares / DRAWS - average * average;
      assertThat(average).as("mean %s", mean).isCloseTo(mean, within(5 * Math.sqrt(mean / DRAWS)));
      assertThat(variance / mean).as("dispersion at mean %s", mean).isCloseTo(1.0, within(0.05));
    }
  }

  @Test
  void gammaDrawsHaveMeanShapeAndVarianceShape() {
    for (double shape : new double[] {0.5, 8.2}) {
      SplittableRandom random = new SplittableRandom(8);
      double sum = 0;
      double squares = 0;
      for (int i = 0; i < DRAWS; i++) {
        double x = RandomDraws.gamma(random, shape);
        sum += x;
        squares += x * x;
      }
      double average = sum / DRAWS;
      assertThat(average).as("shape %s", shape).isCloseTo(shape, within(0.03 * shape + 0.01));
      assertThat(squares / DRAWS - average * average).isCloseTo(shape, within(0.06 * shape + 0.01));
    }
  }

  @Test
  void binomialCountsStayWithinTheirTrialsAndHaveTheirMean() {
    SplittableRandom random = new SplittableRandom(9);
    for (long trials : new long[] {10, 5_000}) {
      double sum = 0;
      for (int i = 0; i < DRAWS; i++) {
        long k = RandomDraws.binomial(random, trials, 0.3);
        assertThat(k).isBetween(0L, trials);
        sum += k;
      }
      assertThat(sum / DRAWS).isCloseTo(0.3 * trials, within(0.01 * trials));
    }
    assertThat(RandomDraws.binomial(random, 0, 0.5)).isZero();
    assertThat(RandomDraws.binomial(random, 12, 1)).isEqualTo(12);
  }
}
