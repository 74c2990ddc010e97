package dev.planner.overflow;

/**
 * When people arrive before a talk: minutes early follow a triangular distribution from 0 (at the
 * start) to {@code windowMinutes}, most likely {@code peakMinutes} early. The share of the eventual
 * crowd ahead of someone who arrives m minutes early is the chance that another person arrives
 * earlier than m, and never less than {@code earliestShare}: some people are always there first
 * (they stayed from the previous session, or came before anyone the triangle counts), so no advice
 * relies on beating the whole crowd to the door.
 */
public record ArrivalCurve(double peakMinutes, double windowMinutes, double earliestShare) {
  /** The share ahead at the window's earliest when a model file does not say. */
  public static final double DEFAULT_EARLIEST_SHARE = 0.05;

  public ArrivalCurve {
    if (!(windowMinutes > 0 && windowMinutes <= 240)) {
      throw new IllegalArgumentException("arrival windowMinutes must be above 0 and at most 240, was " + windowMinutes);
    }
    if (!(peakMinutes >= 0 && peakMinutes <= windowMinutes)) {
      throw new IllegalArgumentException("arrival peakMinutes must be from 0 to windowMinutes, was " + peakMinutes);
    }
    if (!(earliestShare >= 0 && earliestShare < 1)) {
      throw new IllegalArgumentException("arrival earliestShare must be from 0 to below 1, was " + earliestShare);
    }
  }

  /** The triangle alone, with the default share of people always ahead. */
  public ArrivalCurve(double peakMinutes, double windowMinutes) {
    this(peakMinutes, windowMinutes, DEFAULT_EARLIEST_SHARE);
  }

  /** The share of the crowd already there when arriving this many minutes early (1 at the start or later). */
  public double shareAhead(double minutesEarly) {
    if (minutesEarly <= 0) {
      return 1;
    }
    if (minutesEarly >= windowMinutes) {
      return earliestShare;
    }
    double arrivedLater;
    if (minutesEarly <= peakMinutes) {
      arrivedLater = minutesEarly * minutesEarly / (windowMinutes * peakMinutes);
    } else {
      double left = windowMinutes - minutesEarly;
      arrivedLater = 1 - left * left / (windowMinutes * (windowMinutes - peakMinutes));
    }
    return Math.max(earliestShare, 1 - arrivedLater);
  }

  /**
   * The fewest minutes early that leave at most this share of the crowd ahead; the inverse of
   * {@link #shareAhead}, and {@code windowMinutes} for a share below {@code earliestShare}, which no
   * arrival reaches.
   */
  public double minutesEarlyFor(double shareAhead) {
    if (shareAhead >= 1) {
      return 0;
    }
    if (shareAhead < earliestShare) {
      return windowMinutes;
    }
    double arrivedLater = 1 - shareAhead;
    if (arrivedLater <= peakMinutes / windowMinutes) {
      return Math.sqrt(arrivedLater * windowMinutes * peakMinutes);
    }
    return windowMinutes - Math.sqrt(shareAhead * windowMinutes * (windowMinutes - peakMinutes));
  }
}
