package dev.planner.overflow;

import static dev.planner.overflow.TestSchedules.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.planner.importing.Source;
import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.model.Schedule;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Extreme inputs give numbers, never NaN, an overflow or a hang; references come from outside the code. */
class NumericsTest {
  @Test
  void aHugeUtilityGivesAShareNotNaN() {
    OverflowParameters model = ModelFileReader.read(Source.ofText("huge.yaml",
        "choice:\n  hotTopics:\n    alpha: 100\n    beta: 100\n    gamma: 100\n    delta: 100\n"
            + "    epsilon: 100\n    zeta: 100\n    eta: 100\n    theta: 100\n"), ModelFileReader.defaults());
    Schedule schedule = new TestSchedules().attendees(1000).room("a", 100).room("b", 100)
        .talk("magnet", "a", "10:00", "10:30", "alpha beta gamma delta epsilon zeta eta theta")
        .talk("plain", "b", "10:00", "10:30", "Plain")
        .build();
    RiskReport report = new OverflowPredictor(model).predict(schedule, 0.9);
    SessionRisk magnet = report.find(id("magnet")).orElseThrow();
    assertThat(magnet.utility()).isGreaterThan(709);
    assertThat(magnet.share()).isCloseTo(1, within(1e-9));
    assertThat(magnet.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(report.find(id("plain")).orElseThrow().share()).isZero();
    assertThat(report.explain(id("plain")).orElseThrow().competitors().get(0).share()).isCloseTo(1, within(1e-9));
  }

  @Test
  void noDemandPutsEverythingOnZero() {
    DemandDistribution demand = new DemandDistribution(0.35, 0.25, 12);
    assertThat(demand.pmf(0, 0)).isEqualTo(1.0);
    assertThat(demand.pmf(0, 3)).isZero();
    assertThat(demand.quantile(0, 0.9)).isZero();
  }

  @Test
  void aForecastWithoutErrorIsPoisson() {
    DemandDistribution exact = new DemandDistribution(1e-5, 0, 1);
    // scipy.stats.poisson.sf(110, 100) and sf(150, 100).
    assertThat(exact.pFull(100, 110)).isCloseTo(0.1471373484422697, within(1e-9));
    assertThat(exact.pFull(100, 150)).isCloseTo(1.23309441916003e-06, within(1e-12));
    assertThat(exact.pmf(100, 100)).isBetween(0.0, 1.0);
  }

  @Test
  void fewQuadratureNodesKeepTheShocksMeanAtOne() {
    DemandDistribution one = new DemandDistribution(0.35, 0.5, 1);
    DemandDistribution none = new DemandDistribution(0.35, 0, 1);
    assertThat(one.pFull(200, 250)).isCloseTo(none.pFull(200, 250), within(1e-12));
    DemandDistribution three = new DemandDistribution(0.35, 0.5, 3);
    double mean = 0;
    for (int i = 0; i < three.shockCount(); i++) {
      mean += three.shockWeight(i) * three.shock(i);
    }
    assertThat(mean).isCloseTo(1, within(1e-12));
  }

  @Test
  void theQuantileOfAnAbsurdCrowdEndsWithoutOverflow() {
    DemandDistribution demand = new DemandDistribution(0.35, 0.25, 12);
    long quantile = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> demand.quantile(1e18, 0.9));
    assertThat(quantile).isPositive();
  }

  @Test
  void noLevelIsReadFromNaN() {
    assertThatThrownBy(() -> ModelFileReader.defaults().levels().levelOf(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** References from scipy.stats.nbinom.sf(t, k, k / (k + mean)), not from the code under test. */
  @ParameterizedTest
  @CsvSource({
      "100, 10000, 130, 0.0017943951932983097",
      "500, 100000, 560, 0.0039753423177998634",
      "320, 8.163265306122451, 250, 0.7067217909070447",
      "100, 8.163265306122451, 400, 1.699154859545545e-07",
      "50, 8.16, 300, 1.3886945307222713e-12",
      "1000, 10000, 1200, 2.4987796715644913e-09"})
  void theNegativeBinomialTailMatchesAnIndependentReference(double mean, double size, long threshold, double expected) {
    assertThat(NegativeBinomial.above(mean, size, threshold)).isCloseTo(expected, within(expected * 1e-6));
  }
}
