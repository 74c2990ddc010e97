package dev.planner.overflow;

/**
 * P(backup full | primary full) with a shared slot shock and spill: given the shock Z the two
 * demands are independent negative binomials, and each person the primary turns away adds a share
 * {@code spillFraction} of a person to the backup's demand (ρ times the backup's share among the
 * primary's competitors). The sum runs over the primary's excess until its tail mass is exhausted.
 */
final class SpillModel {
  /** The share of the primary's tail left unsummed; below any displayed precision. */
  private static final double TAIL_LEFT = 1e-8;
  private static final int MAX_TERMS = 2_000_000;

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
    double primaryFull = 0;
    double bothFull = 0;
    for (int i = 0; i < demand.shockCount(); i++) {
      double z = demand.shock(i);
      double tail = NegativeBinomial.above(z * primaryMean, size, primaryCap);
      if (tail <= 0) {
        continue;
      }
      primaryFull += demand.shockWeight(i) * tail;
      bothFull += demand.shockWeight(i) * jointGivenShock(z * primaryMean, primaryCap, z * backupMean, backupCap,
          size, spillFraction, tail);
    }
    if (primaryFull < 1e-12) {
      // The primary is never full: the condition carries no information.
      return demand.pFull(backupMean, backupCapacity);
    }
    return Math.max(0, Math.min(1, bothFull / primaryFull));
  }

  /** Σ_{x > cap_p} P(D_p = x) · P(D_b + s·(x − cap_p) > cap_b), for one shock. */
  private static double jointGivenShock(
      double primaryMean, long primaryCap, double backupMean, long backupCap, double size, double spill,
      double tail) {
    long x = primaryCap + 1;
    double pmf = Math.exp(NegativeBinomial.logPmf(primaryMean, size, x));
    double growth = primaryMean / (size + primaryMean);
    BackupTail backup = new BackupTail(backupMean, size, backupCap);
    double summed = 0;
    double joint = 0;
    for (int term = 0; term < MAX_TERMS && summed < tail * (1 - TAIL_LEFT); term++, x++) {
      long threshold = (long) Math.floor(backupCap - spill * (x - primaryCap));
      joint += pmf * backup.above(threshold);
      summed += pmf;
      if (pmf == 0 && x > primaryMean) {
        break;
      }
      pmf *= (x + size) / (x + 1) * growth;
    }
    return joint;
  }

  /**
   * P(D_b > t) for a threshold that only ever falls: each step down adds P(D_b = t) by the pmf's
   * ratio between neighbours, so the incomplete beta is evaluated once, not at every step.
   */
  private static final class BackupTail {
    private final double mean;
    private final double size;
    private final double notQ;
    private long threshold;
    private double above;
    private double pmfAtThreshold;

    BackupTail(double mean, double size, long threshold) {
      this.mean = mean;
      this.size = size;
      this.notQ = mean / (size + mean);
      reset(threshold);
    }

    double above(long wanted) {
      if (wanted < 0) {
        return 1;
      }
      while (threshold > wanted) {
        if (pmfAtThreshold < 1e-280) {
          // Too far out in the tail for the ratio to climb back from: start again exactly.
          reset(wanted);
          break;
        }
        above += pmfAtThreshold;
        // P(X = t − 1) = P(X = t) · t / ((t + size − 1) · (1 − q)).
        pmfAtThreshold *= threshold / ((threshold + size - 1) * notQ);
        threshold--;
      }
      return Math.min(1, above);
    }

    private void reset(long at) {
      threshold = at;
      above = NegativeBinomial.above(mean, size, at);
      pmfAtThreshold = at < 0 ? 0 : Math.exp(NegativeBinomial.logPmf(mean, size, at));
    }
  }
}
