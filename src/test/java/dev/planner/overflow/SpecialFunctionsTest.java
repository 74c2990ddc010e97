package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {
  @Test
  void logGammaMatchesFactorials() {
    assertThat(SpecialFunctions.logGamma(1)).isCloseTo(0, within(1e-13));
    assertThat(SpecialFunctions.logGamma(11)).isCloseTo(Math.log(3_628_800), within(1e-11));
    assertThat(SpecialFunctions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
    // Stirling is exact enough at 10,001 to check the large-argument branch.
    double x = 10_001;
    double stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x);
    assertThat(SpecialFunctions.logGamma(x)).isCloseTo(stirling, within(1e-8));
  }

  @Test
  void regularizedBetaMatchesClosedForms() {
    // I_x(1, b) = 1 − (1 − x)^b and I_x(a, 1) = x^a.
    assertThat(SpecialFunctions.regularizedBeta(0.3, 1, 4)).isCloseTo(1 - Math.pow(0.7, 4), within(1e-13));
    assertThat(SpecialFunctions.regularizedBeta(0.8, 5, 1)).isCloseTo(Math.pow(0.8, 5), within(1e-13));
    assertThat(SpecialFunctions.regularizedBeta(0.5, 7, 7)).isCloseTo(0.5, within(1e-13));
  }
}
