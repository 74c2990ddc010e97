package dev.planner.overflow;

/** The log-gamma function and the regularised incomplete beta function, accurate to about 1e-13. */
final class SpecialFunctions {
  private static final double[] LANCZOS = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7
  };
  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
  private static final int MAX_ITERATIONS = 100_000;
  private static final double EPSILON = 1e-15;
  private static final double TINY = 1e-300;

  private SpecialFunctions() {}

  /** ln Γ(x) for x > 0, by the Lanczos approximation (g = 7, nine terms). */
  static double logGamma(double x) {
    if (!(x > 0)) {
      throw new IllegalArgumentException("logGamma needs x > 0, was " + x);
    }
    if (x < 0.5) {
      // Reflection keeps the series in its accurate range.
      return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    }
    double z = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + 7.5;
    return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /**
   * I_x(a, b), the regularised incomplete beta function, by the continued fraction on whichever side
   * converges fast (Numerical Recipes 6.4, modified Lentz).
   */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    return regularizedBeta(x, a, b, logBetaNormaliser(a, b));
  }

  /** ln(Γ(a + b) / (Γ(a) Γ(b))): the part of I_x(a, b) that does not depend on x. */
  static double logBetaNormaliser(double a, double b) {
    return logGamma(a + b) - logGamma(a) - logGamma(b);
  }

  /**
   * I_x(a, b) given {@link #logBetaNormaliser logBetaNormaliser(a, b)}, for callers that evaluate it at
   * many x with the same a and b: the same bits as {@link #regularizedBeta(double, double, double)}.
   */
  static double regularizedBeta(double x, double a, double b, double logNormaliser) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double logFront = logNormaliser + a * Math.log(x) + b * Math.log1p(-x);
    if (x < (a + 1) / (a + b + 2)) {
      return Math.exp(logFront) * continuedFraction(a, b, x) / a;
    }
    return 1 - Math.exp(logFront) * continuedFraction(b, a, 1 - x) / b;
  }

  /**
   * P(a, x), the regularised lower incomplete gamma function, by its series below a + 1 and the
   * continued fraction of its complement above (Numerical Recipes 6.2).
   */
  static double regularizedGammaP(double a, double x) {
    if (x <= 0) {
      return 0;
    }
    double logFront = a * Math.log(x) - x - logGamma(a);
    if (x < a + 1) {
      double term = 1 / a;
      double sum = term;
      for (int n = 1; n <= MAX_ITERATIONS; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPSILON) {
          break;
        }
      }
      return Math.min(1, sum * Math.exp(logFront));
    }
    double b = x + 1 - a;
    double c = 1 / TINY;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i <= MAX_ITERATIONS; i++) {
      double an = -i * (i - a);
      b += 2;
      d = 1 / nonZero(an * d + b);
      c = nonZero(b + an / c);
      double step = d * c;
      h *= step;
      if (Math.abs(step - 1) < EPSILON) {
        break;
      }
    }
    return Math.max(0, 1 - Math.exp(logFront) * h);
  }

  private static double continuedFraction(double a, double b, double x) {
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = nonZero(1 - qab * x / qap);
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 / nonZero(1 + aa * d);
      c = nonZero(1 + aa / c);
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 / nonZero(1 + aa * d);
      c = nonZero(1 + aa / c);
      double step = d * c;
      h *= step;
      if (Math.abs(step - 1) < EPSILON) {
        return h;
      }
    }
    return h;
  }

  private static double nonZero(double value) {
    return Math.abs(value) < TINY ? TINY : value;
  }
}
