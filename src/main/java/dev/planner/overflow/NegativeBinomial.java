package dev.planner.overflow;

/**
 * The negative binomial distribution by mean and size, through the regularised incomplete beta
 * function; from a size of {@link #POISSON_SIZE} on (a coefficient of variation of 0.001 or less) its
 * limit, the Poisson distribution, through the incomplete gamma function, where the beta function
 * would lose its precision.
 */
final class NegativeBinomial {
  /** Sizes from here on are computed as the Poisson limit. */
  static final double POISSON_SIZE = 1e6;

  private NegativeBinomial() {}

  /** P(X > threshold) for X ~ NB(mean, size); 1 below zero, 0 for a zero mean. */
  static double above(double mean, double size, long threshold) {
    return new UpperTail(size, threshold).above(mean);
  }

  /**
   * P(X > threshold) for one size and threshold at many means, as a demand averaged over slot shocks
   * needs it: the Γ terms of the incomplete beta function depend on neither mean and are worked out once.
   */
  static final class UpperTail {
    private final double size;
    private final long threshold;
    private final double logNormaliser;

    UpperTail(double size, long threshold) {
      this.size = size;
      this.threshold = threshold;
      this.logNormaliser = threshold >= 0 && size < POISSON_SIZE
          ? SpecialFunctions.logBetaNormaliser(threshold + 1.0, size)
          : Double.NaN;
    }

    double above(double mean) {
      requireMean(mean);
      if (threshold < 0) {
        return 1;
      }
      if (mean <= 0) {
        return 0;
      }
      if (size >= POISSON_SIZE) {
        // P(X > t) = P(t + 1, mean) for a Poisson variable.
        return SpecialFunctions.regularizedGammaP(threshold + 1.0, mean);
      }
      // P(X ≤ x) = I_q(size, x + 1) with q = size / (size + mean); the upper tail is I_{1−q}(x + 1, size).
      double notQ = mean / (size + mean);
      return SpecialFunctions.regularizedBeta(notQ, threshold + 1.0, size, logNormaliser);
    }
  }

  /** ln P(X = x); a zero mean puts everything on 0. */
  static double logPmf(double mean, double size, long x) {
    requireMean(mean);
    if (mean <= 0) {
      return x == 0 ? 0 : Double.NEGATIVE_INFINITY;
    }
    if (size >= POISSON_SIZE) {
      return x * Math.log(mean) - mean - SpecialFunctions.logGamma(x + 1.0);
    }
    double logQ = -Math.log1p(mean / size);
    double logNotQ = Math.log(mean / (size + mean));
    return SpecialFunctions.logGamma(x + size) - SpecialFunctions.logGamma(size)
        - SpecialFunctions.logGamma(x + 1.0) + size * logQ + x * logNotQ;
  }

  private static void requireMean(double mean) {
    if (!(mean >= 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("a demand must be a finite number of people, was " + mean);
    }
  }
}
