package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpillModelTest {
  private static final DemandDistribution DEMAND = new DemandDistribution(0.35, 0.25, 12);

  @ParameterizedTest
  @CsvSource({"200, 250", "320, 250", "900, 1000", "40, 30", "3000, 2800"})
  void theClosedFormExcessEqualsTheSumOverCounts(double mean, long capacity) {
    double size = DEMAND.size();
    double above = NegativeBinomial.above(mean, size, capacity);
    double summed = 0;
    for (long x = capacity + 1; x < capacity + 40 * (long) mean + 1000; x++) {
      summed += (x - capacity) * Math.exp(NegativeBinomial.logPmf(mean, size, x));
    }
    assertThat(SpillModel.expectedExcess(mean, size, capacity, above)).isCloseTo(summed, offset(1e-6 * Math.max(1, summed)));
  }

  /**
   * Spilling the mean excess instead of summing over every excess count stays within two points of
   * probability of the exact sum, even when four in ten of those turned away try the backup.
   */
  @ParameterizedTest
  @CsvSource({
    "320, 250, 200, 220, 0.10",
    "320, 250, 200, 220, 0.40",
    "900, 600, 300, 350, 0.05",
    "150, 120, 90, 100, 0.30",
    "5000, 5200, 400, 500, 0.02"})
  void spillingTheMeanExcessIsCloseToTheExactSum(double primaryMean, double primaryCapacity, double backupMean,
      double backupCapacity, double spill) {
    double approximate = SpillModel.pFullGivenFull(DEMAND, primaryMean, primaryCapacity, backupMean, backupCapacity, spill);
    double exact = exact(primaryMean, primaryCapacity, backupMean, backupCapacity, spill);
    assertThat(approximate).isCloseTo(exact, offset(0.02));
    assertThat(approximate).isGreaterThanOrEqualTo(DEMAND.pFull(backupMean, backupCapacity) - 1e-9);
  }

  /** Σ over shocks and over every excess count of the primary: the reference. */
  private static double exact(double primaryMean, double primaryCapacity, double backupMean, double backupCapacity,
      double spill) {
    long primaryCap = DemandDistribution.floor(primaryCapacity);
    long backupCap = DemandDistribution.floor(backupCapacity);
    double size = DEMAND.size();
    double full = 0;
    double both = 0;
    for (int i = 0; i < DEMAND.shockCount(); i++) {
      double z = DEMAND.shock(i);
      double weight = DEMAND.shockWeight(i);
      for (long x = primaryCap + 1; x < primaryCap + 20 * (long) (z * primaryMean) + 2000; x++) {
        double pmf = Math.exp(NegativeBinomial.logPmf(z * primaryMean, size, x));
        long threshold = (long) Math.floor(backupCap - spill * (x - primaryCap));
        full += weight * pmf;
        both += weight * pmf * NegativeBinomial.above(z * backupMean, size, threshold);
      }
    }
    return both / full;
  }
}
