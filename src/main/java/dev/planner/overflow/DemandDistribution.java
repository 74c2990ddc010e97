package dev.planner.overflow;

/**
 * The demand D for one session given its expected demand μ: a negative binomial of mean Z·μ and
 * size k, where Z is a log-normal slot shock with mean 1 shared by all sessions of a slot; the
 * expectation over Z uses Gauss–Hermite quadrature. Counts are whole people, so a capacity c means
 * that the room is full when D > ⌊c⌋.
 */
public final class DemandDistribution {
  /** Nodes whose weight is below this add nothing measurable and are skipped for speed. */
  private static final double NEGLIGIBLE_WEIGHT = 1e-7;
  private static final long LARGEST_COUNT = 1L << 50;
  /**
   * A chance of a full room below this (2⁻⁵⁶) leaves 1 − P(full) at exactly 1 in double precision,
   * with room to spare for the rounding of the sum over the shocks.
   */
  private static final double LOST_BESIDE_ONE = 0x1p-56;

  private final double forecastCv;
  private final double slotShock;
  private final int nodes;
  private final double size;
  private final double[] shocks;
  private final double[] weights;
  /** The index of the largest shock, whose tail bounds the others'. */
  private final int largestShock;

  /**
   * @param forecastCv coefficient of variation of the negative binomial, 1/√k
   * @param slotShock standard deviation σ of ln Z (0 for no shock)
   * @param nodes Gauss–Hermite nodes over Z
   */
  public DemandDistribution(double forecastCv, double slotShock, int nodes) {
    OverflowParameters.requirePositive(forecastCv, "forecastCv");
    this.forecastCv = forecastCv;
    this.slotShock = slotShock;
    this.nodes = nodes;
    this.size = 1 / (forecastCv * forecastCv);
    if (slotShock == 0) {
      this.shocks = new double[] {1};
      this.weights = new double[] {1};
      this.largestShock = 0;
      return;
    }
    GaussHermite rule = GaussHermite.standardNormal(nodes);
    int kept = 0;
    double[] z = new double[rule.size()];
    double[] w = new double[rule.size()];
    double total = 0;
    for (int i = 0; i < rule.size(); i++) {
      if (rule.weight(i) < NEGLIGIBLE_WEIGHT) {
        continue;
      }
      z[kept] = Math.exp(-slotShock * slotShock / 2 + slotShock * rule.point(i));
      w[kept] = rule.weight(i);
      total += w[kept];
      kept++;
    }
    this.shocks = java.util.Arrays.copyOf(z, kept);
    this.weights = new double[kept];
    double mean = 0;
    for (int i = 0; i < kept; i++) {
      weights[i] = w[i] / total;
      mean += weights[i] * shocks[i];
    }
    // A few nodes do not integrate e^{σx} exactly (one node puts Z at e^{−σ²/2}): rescale so that the
    // shock keeps its mean of 1 and never biases demand.
    int largest = 0;
    for (int i = 0; i < kept; i++) {
      shocks[i] /= mean;
      largest = shocks[i] > shocks[largest] ? i : largest;
    }
    this.largestShock = largest;
  }

  public static DemandDistribution of(OverflowParameters.Demand demand) {
    return new DemandDistribution(demand.forecastCv(), demand.slotShock(), demand.quadratureNodes());
  }

  /**
   * This distribution with a further doubt about the demand relative to the seats: an attendance or a
   * seat count known only to within a log-normal factor of standard deviation {@code doubt}. The
   * doubts are independent of the slot shock, so their log-variances add; the mean stays the same.
   */
  public DemandDistribution widened(double doubt) {
    if (doubt == 0) {
      return this;
    }
    return new DemandDistribution(forecastCv, Math.sqrt(slotShock * slotShock + doubt * doubt), nodes);
  }

  /** The negative binomial size k. */
  public double size() {
    return size;
  }

  /** P(D > ⌊capacity⌋): the chance that the room is full. */
  public double pFull(double mean, double capacity) {
    NegativeBinomial.UpperTail tail = new NegativeBinomial.UpperTail(size, floor(capacity));
    return averageTail(mean, tail, tail.above(shocks[largestShock] * mean));
  }

  /** The tail averaged over the shocks, given its value at the largest one. */
  private double averageTail(double mean, NegativeBinomial.UpperTail tail, double atLargestShock) {
    double sum = 0;
    for (int i = 0; i < shocks.length; i++) {
      sum += weights[i] * (i == largestShock ? atLargestShock : tail.above(shocks[i] * mean));
    }
    return clamp(sum);
  }

  /** P(D = count): the chance of exactly this many people, averaged over the slot shock. */
  public double pmf(double mean, long count) {
    double sum = 0;
    for (int i = 0; i < shocks.length; i++) {
      sum += weights[i] * Math.exp(NegativeBinomial.logPmf(shocks[i] * mean, size, count));
    }
    return clamp(sum);
  }

  /**
   * P(D ≤ ⌊x⌋). Far above the demand this is 1 to the last bit, which the tail at the largest shock
   * alone shows: the tail grows with the mean, so it bounds the average over every shock. Early
   * arrivals at quiet rooms ask this often, and one tail costs a twelfth of the average.
   */
  public double cdf(double mean, double x) {
    NegativeBinomial.UpperTail tail = new NegativeBinomial.UpperTail(size, floor(x));
    double atLargestShock = tail.above(shocks[largestShock] * mean);
    if (atLargestShock < LOST_BESIDE_ONE) {
      return 1;
    }
    return 1 - averageTail(mean, tail, atLargestShock);
  }

  /**
   * The chance of getting in when a share {@code shareAhead} of the eventual crowd is ahead:
   * P(u·D ≤ C) = F_D(C/u); certain when nobody is ahead.
   */
  public double admission(double mean, double capacity, double shareAhead) {
    if (shareAhead <= 0) {
      return 1;
    }
    return cdf(mean, Math.min(capacity / shareAhead, LARGEST_COUNT));
  }

  /** The smallest whole demand x with P(D ≤ x) ≥ probability, for a probability below 1. */
  public long quantile(double mean, double probability) {
    if (!(probability >= 0 && probability < 1)) {
      throw new IllegalArgumentException("probability must be from 0 to below 1, was " + probability);
    }
    if (!(mean >= 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("a demand must be a finite number of people, was " + mean);
    }
    long low = -1;
    long high = Math.max(1, (long) Math.min(LARGEST_COUNT, Math.ceil(mean)));
    while (cdf(mean, high) < probability) {
      if (high >= LARGEST_COUNT) {
        // Beyond any crowd there is: doubling further would overflow.
        return LARGEST_COUNT;
      }
      low = high;
      high = Math.min(LARGEST_COUNT, high * 2);
    }
    // Invariant: cdf(low) < probability ≤ cdf(high).
    while (high - low > 1) {
      long middle = low + (high - low) / 2;
      if (cdf(mean, middle) >= probability) {
        high = middle;
      } else {
        low = middle;
      }
    }
    return high;
  }

  int shockCount() {
    return shocks.length;
  }

  double shock(int i) {
    return shocks[i];
  }

  double shockWeight(int i) {
    return weights[i];
  }

  static long floor(double capacity) {
    return (long) Math.floor(capacity);
  }

  private static double clamp(double probability) {
    return Math.max(0, Math.min(1, probability));
  }
}
