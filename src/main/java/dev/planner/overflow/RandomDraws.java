package dev.planner.overflow;

import java.util.random.RandomGenerator;

/**
 * The random draws the simulations make, from a generator the caller seeds: gamma, Poisson, binomial
 * counts, and minutes early from the arrival triangle. Deterministic for a given generator state.
 */
public final class RandomDraws {
  /** Below this mean a Poisson count is drawn by inversion, above it by transformed rejection. */
  private static final double INVERSION_LIMIT = 10;
  /** Up to this many trials a binomial count is drawn trial by trial. */
  private static final long TRIAL_BY_TRIAL = 64;

  private RandomDraws() {}

  /** Gamma(shape, 1): Marsaglia and Tsang's method, boosted for a shape below 1. */
  public static double gamma(RandomGenerator random, double shape) {
    if (!(shape > 0)) {
      throw new IllegalArgumentException("gamma shape must be positive, was " + shape);
    }
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = random.nextGaussian();
      double v = Math.pow(1 + c * x, 3);
      if (v <= 0) {
        continue;
      }
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  /** Poisson by inversion in pieces of mean at most 500, so that e^{-mean} never underflows; exact but slow for large means. */
  public static long poissonByInversion(RandomGenerator random, double mean) {
    long count = 0;
    double left = mean;
    while (left > 0) {
      double piece = Math.min(left, 500);
      left -= piece;
      double p = Math.exp(-piece);
      double cumulative = p;
      double u = random.nextDouble();
      long k = 0;
      while (u > cumulative && p > 0) {
        k++;
        p *= piece / k;
        cumulative += p;
      }
      count += k;
    }
    return count;
  }

  /** Poisson: by inversion for small means, by Hörmann's transformed rejection (PTRS) for large ones. */
  public static long poisson(RandomGenerator random, double mean) {
    if (mean < INVERSION_LIMIT) {
      return poissonByInversion(random, mean);
    }
    double root = Math.sqrt(mean);
    double logMean = Math.log(mean);
    double b = 0.931 + 2.53 * root;
    double a = -0.059 + 0.02483 * b;
    double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = random.nextDouble() - 0.5;
      double v = random.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if (Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b)
          <= -mean + k * logMean - SpecialFunctions.logGamma(k + 1)) {
        return k;
      }
    }
  }

  /** Binomial(trials, p): trial by trial for few trials, else a rounded normal (the crowd's own spread dwarfs its error). */
  public static long binomial(RandomGenerator random, long trials, double p) {
    if (trials <= 0 || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return trials;
    }
    if (trials <= TRIAL_BY_TRIAL) {
      long count = 0;
      for (long i = 0; i < trials; i++) {
        count += random.nextDouble() < p ? 1 : 0;
      }
      return count;
    }
    double mean = trials * p;
    double spread = Math.sqrt(mean * (1 - p));
    long count = Math.round(mean + spread * random.nextGaussian());
    return Math.max(0, Math.min(trials, count));
  }

  /** Minutes early of one arrival, by inverting the arrival triangle's distribution function. */
  public static double minutesEarly(RandomGenerator random, ArrivalCurve arrival) {
    double w = arrival.windowMinutes();
    double c = arrival.peakMinutes();
    double u = random.nextDouble();
    return u < c / w ? Math.sqrt(u * w * c) : w - Math.sqrt((1 - u) * w * (w - c));
  }
}
