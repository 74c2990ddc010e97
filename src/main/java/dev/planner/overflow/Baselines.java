package dev.planner.overflow;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The simple forecasts the model must beat (design §7), trained on some sessions: the base rate of
 * full rooms; the rate among small or large rooms (split at the median seats); the rate above or below
 * the sign-ups-over-seats threshold that best separates full rooms; a logistic regression on
 * ln((1 + sign-ups) / seats). Sessions without sign-ups (NaN) get the rate of such sessions from
 * both sign-up baselines. Group rates are smoothed by half a session each way, so none is 0 or 1.
 */
final class Baselines {
  private final double baseRate;
  private final double medianSeats;
  private final double smallRate;
  private final double largeRate;
  private final double threshold;
  private final double aboveRate;
  private final double belowRate;
  private final double intercept;
  private final double slope;
  private final double unsignedRate;

  private Baselines(double[] values) {
    this.baseRate = values[0];
    this.medianSeats = values[1];
    this.smallRate = values[2];
    this.largeRate = values[3];
    this.threshold = values[4];
    this.aboveRate = values[5];
    this.belowRate = values[6];
    this.intercept = values[7];
    this.slope = values[8];
    this.unsignedRate = values[9];
  }

  static Baselines train(boolean[] full, double[] seats, double[] signups) {
    int n = full.length;
    double[] sorted = seats.clone();
    Arrays.sort(sorted);
    double median = sorted[n / 2];
    double[] ratio = new double[n];
    double[] logRatio = new double[n];
    for (int i = 0; i < n; i++) {
      ratio[i] = signups[i] / seats[i];
      logRatio[i] = Math.log((1 + signups[i]) / seats[i]);
    }
    boolean[] counted = new boolean[n];
    for (int i = 0; i < n; i++) {
      counted[i] = !Double.isNaN(signups[i]);
    }
    double threshold = bestThreshold(full, ratio, counted);
    double[] line = logistic(full, logRatio, counted);
    return new Baselines(new double[] {
        rate(full, i -> true), median,
        rate(full, i -> seats[i] <= median), rate(full, i -> seats[i] > median),
        threshold, rate(full, i -> counted[i] && ratio[i] > threshold), rate(full, i -> counted[i] && ratio[i] <= threshold),
        line[0], line[1], rate(full, i -> !counted[i])});
  }

  double baseRate() {
    return baseRate;
  }

  double smallRoom(double seats) {
    return seats <= medianSeats ? smallRate : largeRate;
  }

  double signupsOverCapacity(double signups, double seats) {
    if (Double.isNaN(signups)) {
      return unsignedRate;
    }
    return signups / seats > threshold ? aboveRate : belowRate;
  }

  double logistic(double signups, double seats) {
    if (Double.isNaN(signups)) {
      return unsignedRate;
    }
    return 1 / (1 + Math.exp(-(intercept + slope * Math.log((1 + signups) / seats))));
  }

  private static double rate(boolean[] full, java.util.function.IntPredicate in) {
    double count = 0.5;
    double total = 1;
    for (int i = 0; i < full.length; i++) {
      if (in.test(i)) {
        total++;
        count += full[i] ? 1 : 0;
      }
    }
    return count / total;
  }

  /** The ratio threshold that classifies the most sessions right; the smallest such on ties. */
  private static double bestThreshold(boolean[] full, double[] ratio, boolean[] counted) {
    TreeSet<Double> candidates = new TreeSet<>();
    for (int i = 0; i < ratio.length; i++) {
      if (counted[i]) {
        candidates.add(ratio[i]);
      }
    }
    double best = candidates.isEmpty() ? 0 : candidates.first();
    int bestRight = -1;
    for (double candidate : candidates) {
      int right = 0;
      for (int i = 0; i < full.length; i++) {
        right += counted[i] && (ratio[i] > candidate) == full[i] ? 1 : 0;
      }
      if (right > bestRight) {
        bestRight = right;
        best = candidate;
      }
    }
    return best;
  }

  /** Intercept and slope by Newton's method, with a little ridge so separable data stays finite. */
  private static double[] logistic(boolean[] full, double[] x, boolean[] counted) {
    double a = 0;
    double b = 0;
    double ridge = 1e-3;
    for (int iteration = 0; iteration < 50; iteration++) {
      double ga = -ridge * a;
      double gb = -ridge * b;
      double haa = ridge;
      double hab = 0;
      double hbb = ridge;
      for (int i = 0; i < x.length; i++) {
        if (!counted[i]) {
          continue;
        }
        double p = 1 / (1 + Math.exp(-(a + b * x[i])));
        double residual = (full[i] ? 1 : 0) - p;
        double w = p * (1 - p);
        ga += residual;
        gb += residual * x[i];
        haa += w;
        hab += w * x[i];
        hbb += w * x[i] * x[i];
      }
      double determinant = haa * hbb - hab * hab;
      if (determinant <= 0) {
        break;
      }
      double da = (hbb * ga - hab * gb) / determinant;
      double db = (haa * gb - hab * ga) / determinant;
      a += da;
      b += db;
      if (Math.abs(da) + Math.abs(db) < 1e-10) {
        break;
      }
    }
    return new double[] {a, b};
  }
}
