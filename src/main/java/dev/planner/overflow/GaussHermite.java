package dev.planner.overflow;

/**
 * Gauss–Hermite quadrature for expectations over a normal variable: nodes and weights computed by
 * Newton's method on the orthonormal Hermite polynomials (Numerical Recipes 4.6), so that
 * {@code E[f(X)]} for X ~ Normal(m, s²) is {@code Σ w_i f(m + s·z_i)} with the weights summing to 1.
 */
public final class GaussHermite {
  private static final double PI_TO_MINUS_QUARTER = 0.7511255444649425;
  private static final double SQRT_TWO = Math.sqrt(2);
  private static final int MAX_NEWTON_STEPS = 100;

  private final double[] points;
  private final double[] weights;

  private GaussHermite(double[] points, double[] weights) {
    this.points = points;
    this.weights = weights;
  }

  /** The n-point rule for a standard normal variable, n from 1 to 100. */
  public static GaussHermite standardNormal(int n) {
    if (n < 1 || n > 100) {
      throw new IllegalArgumentException("Gauss-Hermite node count must be from 1 to 100, was " + n);
    }
    double[] x = new double[n];
    double[] w = new double[n];
    int half = (n + 1) / 2;
    double z = 0;
    for (int i = 0; i < half; i++) {
      z = initialGuess(i, n, z, x);
      double derivative = 0;
      for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
        double[] values = hermite(n, z);
        derivative = Math.sqrt(2.0 * n) * values[1];
        double previous = z;
        z = previous - values[0] / derivative;
        if (Math.abs(z - previous) <= 3e-14 * Math.max(1, Math.abs(z))) {
          break;
        }
      }
      derivative = Math.sqrt(2.0 * n) * hermite(n, z)[1];
      x[i] = z;
      x[n - 1 - i] = -z;
      w[i] = 2 / (derivative * derivative);
      w[n - 1 - i] = w[i];
    }
    // Convert the physicists' rule (weight e^{-x²}) to the standard normal.
    double[] points = new double[n];
    double[] weights = new double[n];
    double rootPi = Math.sqrt(Math.PI);
    for (int i = 0; i < n; i++) {
      points[i] = SQRT_TWO * x[n - 1 - i];
      weights[i] = w[n - 1 - i] / rootPi;
    }
    return new GaussHermite(points, weights);
  }

  /** The number of nodes. */
  public int size() {
    return points.length;
  }

  /** The nodes, for a standard normal variable, in increasing order. */
  public double[] points() {
    return points.clone();
  }

  /** The weights, summing to 1. */
  public double[] weights() {
    return weights.clone();
  }

  double point(int i) {
    return points[i];
  }

  double weight(int i) {
    return weights[i];
  }

  private static double initialGuess(int i, int n, double z, double[] x) {
    switch (i) {
      case 0:
        return Math.sqrt(2.0 * n + 1) - 1.85575 * Math.pow(2.0 * n + 1, -0.16667);
      case 1:
        return z - 1.14 * Math.pow(n, 0.426) / z;
      case 2:
        return 1.86 * z - 0.86 * x[0];
      case 3:
        return 1.91 * z - 0.91 * x[1];
      default:
        return 2 * z - x[i - 2];
    }
  }

  /** The orthonormal Hermite polynomials of degree n and n − 1 at z. */
  private static double[] hermite(int n, double z) {
    double p1 = PI_TO_MINUS_QUARTER;
    double p2 = 0;
    for (int j = 1; j <= n; j++) {
      double p3 = p2;
      p2 = p1;
      p1 = z * Math.sqrt(2.0 / j) * p2 - Math.sqrt((j - 1.0) / j) * p3;
    }
    return new double[] {p1, p2};
  }
}
