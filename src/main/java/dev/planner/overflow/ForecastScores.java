package dev.planner.overflow;

import java.util.Arrays;
import java.util.Comparator;

/**
 * How good probabilities of "full" are against what happened: Brier score, log loss (with the
 * probabilities clipped to [0.01, 0.99]) and ROC-AUC (NaN when only one outcome was seen).
 */
public record ForecastScores(String model, double brier, double logLoss, double auc) {
  private static final double CLIP = 0.01;

  public static ForecastScores of(String model, double[] chances, boolean[] full) {
    if (chances.length != full.length || chances.length == 0) {
      throw new IllegalArgumentException("need as many chances as outcomes, and at least one");
    }
    double brier = 0;
    double logLoss = 0;
    for (int i = 0; i < chances.length; i++) {
      double y = full[i] ? 1 : 0;
      brier += (chances[i] - y) * (chances[i] - y);
      double p = Math.max(CLIP, Math.min(1 - CLIP, chances[i]));
      logLoss -= full[i] ? Math.log(p) : Math.log(1 - p);
    }
    return new ForecastScores(model, brier / chances.length, logLoss / chances.length, auc(chances, full));
  }

  /** The chance that a full session is ranked above a session that was not, ties counting half. */
  static double auc(double[] chances, boolean[] full) {
    Integer[] order = new Integer[chances.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> chances[i]));
    long positives = 0;
    double rankSum = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && chances[order[j + 1]] == chances[order[i]]) {
        j++;
      }
      double averageRank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (full[order[k]]) {
          positives++;
          rankSum += averageRank;
        }
      }
      i = j + 1;
    }
    long negatives = chances.length - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
  }
}
