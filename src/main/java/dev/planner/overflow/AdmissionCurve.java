package dev.planner.overflow;

/**
 * One session's chance of getting in as a function of how many minutes before the start one arrives,
 * and the inverse: the minutes needed for a target chance.
 */
public record AdmissionCurve(DemandDistribution demand, double expectedDemand, double capacity, ArrivalCurve arrival) {
  public AdmissionCurve {
    java.util.Objects.requireNonNull(demand, "demand");
    java.util.Objects.requireNonNull(arrival, "arrival");
  }

  /**
   * When to arrive for a target chance: the minutes before the start, whether the target is reached
   * within the arrival window, and the chance arriving then (the best chance there is when not).
   */
  public record Advice(double minutesEarly, boolean reachable, double chance) {}

  /** The chance of getting in when arriving this many minutes before the start. */
  public double chanceArriving(double minutesEarly) {
    return demand.admission(expectedDemand, capacity, arrival.shareAhead(minutesEarly));
  }

  /**
   * The fewest minutes before the start that give at least the target chance of getting in; 0 when
   * arriving at the start is enough, the window's earliest when the target is out of reach.
   */
  public double minutesEarlyFor(double target) {
    return adviceFor(target).minutesEarly();
  }

  /**
   * When to arrive for a target chance. When even the window's earliest arrival falls short of it,
   * the advice is the window's earliest, marked out of reach, with the chance it gives.
   */
  public Advice adviceFor(double target) {
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("target admission must be between 0 and 1, was " + target);
    }
    long needed = demand.quantile(expectedDemand, target);
    if (needed <= 0) {
      return new Advice(0, true, chanceArriving(0));
    }
    // Admitted for sure-enough when ⌊C/u⌋ ≥ needed, that is when u ≤ C / needed.
    double shareAhead = Math.min(1, capacity / needed);
    if (shareAhead < arrival.earliestShare()) {
      double earliest = arrival.windowMinutes();
      return new Advice(earliest, false, chanceArriving(earliest));
    }
    double minutes = arrival.minutesEarlyFor(shareAhead);
    return new Advice(minutes, true, chanceArriving(minutes));
  }
}
