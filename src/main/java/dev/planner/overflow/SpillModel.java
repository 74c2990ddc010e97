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
    long primaryCap = DemandDistribution.floor(primaryCapacity);
    long backupCap = DemandDistribution.floor(backupCapacity);
    double size = demand.size();
    // The primary's tails share their size and threshold over the shocks: their gamma terms are worked out once.
    NegativeBinomial.UpperTail primaryTail = new NegativeBinomial.UpperTail(size, primaryCap);
    NegativeBinomial.UpperTail sizedUpTail = new NegativeBinomial.UpperTail(size + 1, primaryCap - 1);
    double primaryFull = 0;
    double bothFull = 0;
    for (int i = 0; i < demand.shockCount(); i++) {
      double z = demand.shock(i);
      double mean = z * primaryMean;
      double tail = primaryTail.above(mean);
      if (tail <= 0) {
        continue;
      }
      double excess = expectedExcess(mean, size, primaryCap, tail, sizedUpTail) / tail;
      long threshold = (long) Math.floor(backupCap - spillFraction * excess);
      double backupFull = NegativeBinomial.above(z * backupMean, size, threshold);
      primaryFull += demand.shockWeight(i) * tail;
      bothFull += demand.shockWeight(i) * tail * backupFull;
    }
    if (primaryFull < 1e-12) {
      // The primary is never full: the condition carries no information.
      return demand.pFull(backupMean, backupCapacity);
    }
    return Math.max(0, Math.min(1, bothFull / primaryFull));
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
