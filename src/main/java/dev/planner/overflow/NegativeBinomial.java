package dev.planner.overflow;

/** The negative binomial distribution by mean and size, through the regularised incomplete beta function. */
final class NegativeBinomial {
  private NegativeBinomial() {}

  /** P(X > threshold) for X ~ NB(mean, size); 1 below zero, 0 for a zero mean. */
  static double above(double mean, double size, long threshold) {
    if (threshold < 0) {
      return 1;
    }
    if (mean <= 0) {
      return 0;
    }
    // P(X ≤ x) = I_q(size, x + 1) with q = size / (size + mean); the upper tail is I_{1−q}(x + 1, size).
    double notQ = mean / (size + mean);
    return SpecialFunctions.regularizedBeta(notQ, threshold + 1.0, size);
  }

  /** ln P(X = x). */
  static double logPmf(double mean, double size, long x) {
    double logQ = Math.log(size / (size + mean));
    double logNotQ = Math.log(mean / (size + mean));
    return SpecialFunctions.logGamma(x + size) - SpecialFunctions.logGamma(size)
        - SpecialFunctions.logGamma(x + 1.0) + size * logQ + x * logNotQ;
  }
}
