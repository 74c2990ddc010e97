package dev.planner.overflow;

/**
 * P(backup full | primary full) with a shared slot shock and spill: given the shock Z the two
 * demands are independent negative binomials, and the people the primary turns away add a share
 * {@code spillFraction} of its expected excess to the backup's demand. The expected excess of a
 * negative binomial over its capacity has a closed form, x·P(X = x) = μ·P(Y = x − 1) with Y of
 * size k + 1, so each shock costs three incomplete beta evaluations instead of a sum over every
 * excess count; spilling the mean excess stays within two points of probability of that sum.
 */
final class SpillModel {
  private SpillModel() {}

  static double pFullGivenFull(
      DemandDistribution demand,
      double primaryMean,
      double primaryCapacity,
      double backupMean,
      double backupCapacity,
      double spillFraction) {
    return new Primary(demand, primaryMean, primaryCapacity).pFullGivenFull(backupMean, backupCapacity, spillFraction);
  }

  /**
   * A primary's side of the model, by shock: the chance it is full and its mean excess when it is.
   * Two of the three incomplete beta evaluations per shock are the primary's alone, worked out once
   * for all the backups weighed against it.
   */
  static final class Primary {
    private final DemandDistribution demand;
    private final double[] tail;
    private final double[] excess;

    Primary(DemandDistribution demand, double primaryMean, double primaryCapacity) {
      this.demand = demand;
      long primaryCap = DemandDistribution.floor(primaryCapacity);
      double size = demand.size();
      // The primary's tails share their size and threshold over the shocks: their gamma terms are worked out once.
      NegativeBinomial.UpperTail primaryTail = new NegativeBinomial.UpperTail(size, primaryCap);
      NegativeBinomial.UpperTail sizedUpTail = new NegativeBinomial.UpperTail(size + 1, primaryCap - 1);
      tail = new double[demand.shockCount()];
      excess = new double[demand.shockCount()];
      for (int i = 0; i < tail.length; i++) {
        double mean = demand.shock(i) * primaryMean;
        tail[i] = primaryTail.above(mean);
        if (tail[i] > 0) {
          excess[i] = expectedExcess(mean, size, primaryCap, tail[i], sizedUpTail) / tail[i];
        }
      }
    }

    double pFullGivenFull(double backupMean, double backupCapacity, double spillFraction) {
      long backupCap = DemandDistribution.floor(backupCapacity);
      double size = demand.size();
      double primaryFull = 0;
      double bothFull = 0;
      for (int i = 0; i < tail.length; i++) {
        if (tail[i] <= 0) {
          continue;
        }
        long threshold = (long) Math.floor(backupCap - spillFraction * excess[i]);
        double backupFull = NegativeBinomial.above(demand.shock(i) * backupMean, size, threshold);
        primaryFull += demand.shockWeight(i) * tail[i];
        bothFull += demand.shockWeight(i) * tail[i] * backupFull;
      }
      if (primaryFull < 1e-12) {
        // The primary is never full: the condition carries no information.
        return demand.pFull(backupMean, backupCapacity);
      }
      return Math.max(0, Math.min(1, bothFull / primaryFull));
    }
  }

  /** E[(X − c)⁺] for X negative binomial with this mean and size, given P(X > c). */
  static double expectedExcess(double mean, double size, long capacity, double above) {
    return expectedExcess(mean, size, capacity, above, new NegativeBinomial.UpperTail(size + 1, capacity - 1));
  }

  /** The same, given the upper tail of size k + 1 above capacity − 1. */
  private static double expectedExcess(double mean, double size, long capacity, double above,
      NegativeBinomial.UpperTail sizedUpTail) {
    double sizedUp = mean * (size + 1) / size;
    double atOrAbove = sizedUpTail.above(sizedUp);
    return Math.max(0, mean * atOrAbove - capacity * above);
  }
}
