package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GaussHermiteTest {
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 10, 12, 20, 40})
  void weightsSumToOneAndNodesAreSymmetric(int n) {
    GaussHermite rule = GaussHermite.standardNormal(n);
    assertThat(Arrays.stream(rule.weights()).sum()).isCloseTo(1.0, within(1e-12));
    double[] points = rule.points();
    for (int i = 0; i < n; i++) {
      assertThat(points[i]).isCloseTo(-points[n - 1 - i], within(1e-12));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 20})
  void integratesNormalMomentsExactly(int n) {
    GaussHermite rule = GaussHermite.standardNormal(n);
    assertThat(expectation(rule, x -> x * x)).isCloseTo(1, within(1e-12));
    assertThat(expectation(rule, x -> x * x * x * x)).isCloseTo(3, within(1e-11));
    assertThat(expectation(rule, x -> Math.pow(x, 6))).isCloseTo(15, within(1e-10));
    // The log-normal mean: E[exp(σX)] = exp(σ²/2).
    assertThat(expectation(rule, x -> Math.exp(0.25 * x))).isCloseTo(Math.exp(0.03125), within(1e-12));
  }

  private static double expectation(GaussHermite rule, java.util.function.DoubleUnaryOperator f) {
    double[] points = rule.points();
    double[] weights = rule.weights();
    double sum = 0;
    for (int i = 0; i < points.length; i++) {
      sum += weights[i] * f.applyAsDouble(points[i]);
    }
    return sum;
  }
}
