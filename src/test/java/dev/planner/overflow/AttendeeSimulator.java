package dev.planner.overflow;

import java.util.Random;

/**
 * A seeded Monte Carlo simulation of one time slot, written independently of the analytic model: a
 * slot shock scales the crowd, each session's true pull differs from the forecast by a gamma factor
 * (mean 1, CV 1/√k), a Poisson number of people each pick a session by the logit with a hallway, the
 * doors close at each room's capacity, and a share ρ of the people turned away try another session of
 * the slot in proportion to its share.
 */
final class AttendeeSimulator {
  private final Random random;

  AttendeeSimulator(long seed) {
    this.random = new Random(seed);
  }

  /** One slot's sessions: utilities, capacities (whole seats), and M(t). */
  record Slot(double peopleInSessions, double hallwayUtility, double[] utilities, long[] capacities) {}

  /** Per-session counts of runs: full by own demand, full after spill, both primary and backup. */
  record Outcome(int runs, int[] fullBeforeSpill, int[] fullAfterSpill, int[][] fullAfterSpillGivenFull) {
    double pFull(int session) {
      return fullBeforeSpill[session] / (double) runs;
    }

    /** P(backup full after spill | primary full by its own demand). */
    double pFullGivenFull(int backup, int primary) {
      return fullAfterSpillGivenFull[primary][backup] / (double) fullBeforeSpill[primary];
    }
  }

  Outcome run(Slot slot, double forecastCv, double slotShock, double spillShare, int runs) {
    int n = slot.utilities().length;
    double size = 1 / (forecastCv * forecastCv);
    double[] shares = logitShares(slot);
    int[] fullBefore = new int[n];
    int[] fullAfter = new int[n];
    int[][] joint = new int[n][n];
    for (int run = 0; run < runs; run++) {
      double shock = Math.exp(slotShock * random.nextGaussian() - slotShock * slotShock / 2);
      double[] pull = new double[n];
      double total = 0;
      for (int j = 0; j < n; j++) {
        pull[j] = shares[j] * gamma(size) / size;
        total += pull[j];
      }
      long[] demand = new long[n];
      long people = poisson(slot.peopleInSessions() * shock * total);
      for (long person = 0; person < people; person++) {
        demand[pick(pull, total)]++;
      }
      long[] spilled = spill(slot, shares, demand, spillShare);
      for (int j = 0; j < n; j++) {
        boolean before = demand[j] > slot.capacities()[j];
        fullBefore[j] += before ? 1 : 0;
        fullAfter[j] += demand[j] + spilled[j] > slot.capacities()[j] ? 1 : 0;
      }
      for (int p = 0; p < n; p++) {
        if (demand[p] <= slot.capacities()[p]) {
          continue;
        }
        for (int b = 0; b < n; b++) {
          if (b != p && demand[b] + spilled[b] > slot.capacities()[b]) {
            joint[p][b]++;
          }
        }
      }
    }
    return new Outcome(runs, fullBefore, fullAfter, joint);
  }

  /**
   * Whether someone arriving m minutes early gets in: everyone's arrival is drawn from the curve, and
   * the doors close on the capacity-th person. Returns the share of runs in which they got in.
   */
  double admission(double expectedDemand, long capacity, double forecastCv, ArrivalCurve arrival, double minutesEarly,
      int runs) {
    double size = 1 / (forecastCv * forecastCv);
    int admitted = 0;
    for (int run = 0; run < runs; run++) {
      long others = poisson(expectedDemand * gamma(size) / size);
      long earlier = 0;
      for (long person = 0; person < others; person++) {
        earlier += triangular(arrival) > minutesEarly ? 1 : 0;
      }
      admitted += earlier < capacity ? 1 : 0;
    }
    return admitted / (double) runs;
  }

  private long[] spill(Slot slot, double[] shares, long[] demand, double spillShare) {
    int n = demand.length;
    long[] spilled = new long[n];
    for (int p = 0; p < n; p++) {
      long excess = demand[p] - slot.capacities()[p];
      double others = 0;
      for (int j = 0; j < n; j++) {
        others += j == p ? 0 : shares[j];
      }
      for (long person = 0; person < excess && others > 0; person++) {
        if (random.nextDouble() >= spillShare) {
          continue;
        }
        double target = random.nextDouble() * others;
        for (int j = 0; j < n; j++) {
          if (j == p) {
            continue;
          }
          target -= shares[j];
          if (target < 0 || j == lastOther(n, p)) {
            spilled[j]++;
            break;
          }
        }
      }
    }
    return spilled;
  }

  private static int lastOther(int n, int p) {
    return p == n - 1 ? n - 2 : n - 1;
  }

  private static double[] logitShares(Slot slot) {
    double denominator = Math.exp(slot.hallwayUtility());
    for (double utility : slot.utilities()) {
      denominator += Math.exp(utility);
    }
    double[] shares = new double[slot.utilities().length];
    for (int j = 0; j < shares.length; j++) {
      shares[j] = Math.exp(slot.utilities()[j]) / denominator;
    }
    return shares;
  }

  private int pick(double[] weights, double total) {
    double target = random.nextDouble() * total;
    for (int j = 0; j < weights.length - 1; j++) {
      target -= weights[j];
      if (target < 0) {
        return j;
      }
    }
    return weights.length - 1;
  }

  private double triangular(ArrivalCurve arrival) {
    return RandomDraws.minutesEarly(random, arrival);
  }

  private double gamma(double shape) {
    return RandomDraws.gamma(random, shape);
  }

  private long poisson(double mean) {
    return RandomDraws.poissonByInversion(random, mean);
  }
}
