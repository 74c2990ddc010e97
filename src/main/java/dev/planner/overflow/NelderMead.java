package dev.planner.overflow;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * Minimises a function of a few variables without derivatives (the Nelder–Mead simplex with the
 * usual reflection 1, expansion 2, contraction ½ and shrink ½). Deterministic: the same start gives
 * the same path. Non-finite values count as +∞, so a step out of a valid region is simply refused.
 */
final class NelderMead {
  /** The point found, its value, and how many times the function was called. */
  record Minimum(double[] point, double value, int evaluations) {}

  private final int maxEvaluations;
  private final double tolerance;

  NelderMead(int maxEvaluations, double tolerance) {
    this.maxEvaluations = maxEvaluations;
    this.tolerance = tolerance;
  }

  Minimum minimise(ToDoubleFunction<double[]> function, double[] start, double step) {
    int n = start.length;
    double[][] simplex = new double[n + 1][];
    double[] values = new double[n + 1];
    int[] evaluations = {0};
    ToDoubleFunction<double[]> f = point -> {
      evaluations[0]++;
      double value = function.applyAsDouble(point);
      return Double.isFinite(value) ? value : Double.POSITIVE_INFINITY;
    };
    for (int i = 0; i <= n; i++) {
      simplex[i] = start.clone();
      if (i > 0) {
        simplex[i][i - 1] += step;
      }
      values[i] = f.applyAsDouble(simplex[i]);
    }
    while (evaluations[0] < maxEvaluations) {
      sort(simplex, values);
      if (converged(simplex, values)) {
        break;
      }
      double[] centroid = new double[n];
      for (int i = 0; i < n; i++) {
        for (int d = 0; d < n; d++) {
          centroid[d] += simplex[i][d] / n;
        }
      }
      double[] reflected = along(centroid, simplex[n], -1);
      double reflectedValue = f.applyAsDouble(reflected);
      if (reflectedValue < values[0]) {
        double[] expanded = along(centroid, simplex[n], -2);
        double expandedValue = f.applyAsDouble(expanded);
        boolean expand = expandedValue < reflectedValue;
        replaceWorst(simplex, values, expand ? expanded : reflected, expand ? expandedValue : reflectedValue);
      } else if (reflectedValue < values[n - 1]) {
        replaceWorst(simplex, values, reflected, reflectedValue);
      } else {
        double[] contracted = along(centroid, simplex[n], 0.5);
        double contractedValue = f.applyAsDouble(contracted);
        if (contractedValue < values[n]) {
          replaceWorst(simplex, values, contracted, contractedValue);
        } else {
          for (int i = 1; i <= n; i++) {
            simplex[i] = along(simplex[0], simplex[i], 0.5);
            values[i] = f.applyAsDouble(simplex[i]);
          }
        }
      }
    }
    sort(simplex, values);
    return new Minimum(simplex[0].clone(), values[0], evaluations[0]);
  }

  /** centroid + t·(point − centroid). */
  private static double[] along(double[] centroid, double[] point, double t) {
    double[] result = new double[centroid.length];
    for (int d = 0; d < centroid.length; d++) {
      result[d] = centroid[d] + t * (point[d] - centroid[d]);
    }
    return result;
  }

  private static void replaceWorst(double[][] simplex, double[] values, double[] point, double value) {
    simplex[simplex.length - 1] = point;
    values[values.length - 1] = value;
  }

  private boolean converged(double[][] simplex, double[] values) {
    double spread = values[values.length - 1] - values[0];
    double size = 0;
    for (int i = 1; i < simplex.length; i++) {
      for (int d = 0; d < simplex[0].length; d++) {
        size = Math.max(size, Math.abs(simplex[i][d] - simplex[0][d]));
      }
    }
    return spread <= tolerance * (1 + Math.abs(values[0])) && size <= Math.sqrt(tolerance);
  }

  /** Best first; equal values keep their order, so the path does not depend on the sort's luck. */
  private static void sort(double[][] simplex, double[] values) {
    Integer[] order = new Integer[values.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]));
    double[][] points = simplex.clone();
    double[] sorted = values.clone();
    for (int i = 0; i < order.length; i++) {
      simplex[i] = points[order[i]];
      values[i] = sorted[order[i]];
    }
  }
}
