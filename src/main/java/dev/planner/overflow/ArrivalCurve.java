package dev.planner.overflow;

/**
 * When people arrive before a talk: minutes early follow a triangular distribution from 0 (at the
 * start) to {@code windowMinutes}, most likely {@code peakMinutes} early. The share of the eventual
 * crowd ahead of someone who arrives m minutes early is the chance that another person arrives
 * earlier than m.
 */
public record ArrivalCurve(double peakMinutes, double windowMinutes) {
  public ArrivalCurve {
    if (!(windowMinutes > 0 && windowMinutes <= 240)) {
      throw new IllegalArgumentException("arrival windowMinutes must be above 0 and at most 240, was " + windowMinutes);
    }
    if (!(peakMinutes >= 0 && peakMinutes <= windowMinutes)) {
      throw new IllegalArgumentException("arrival peakMinutes must be from 0 to windowMinutes, was " + peakMinutes);
    }
  }

  /** The share of the crowd already there when arriving this many minutes early (1 at the start or later). */
  public double shareAhead(double minutesEarly) {
    if (minutesEarly <= 0) {
      return 1;
    }
    if (minutesEarly >= windowMinutes) {
      return 0;
    }
    double arrivedLater;
    if (minutesEarly <= peakMinutes) {
      arrivedLater = minutesEarly * minutesEarly / (windowMinutes * peakMinutes);
    } else {
      double left = windowMinutes - minutesEarly;
      arrivedLater = 1 - left * left / (windowMinutes * (windowMinutes - peakMinutes));
    }
    return 1 - arrivedLater;
  }

  /** The fewest minutes early that leave at most this share of the crowd ahead; the inverse of {@link #shareAhead}. */
  public double minutesEarlyFor(double shareAhead) {
    if (shareAhead >= 1) {
      return 0;
    }
    if (shareAhead <= 0) {
      return windowMinutes;
    }
    double arrivedLater = 1 - shareAhead;
    if (arrivedLater <= peakMinutes / windowMinutes) {
      return Math.sqrt(arrivedLater * windowMinutes * peakMinutes);
    }
    return windowMinutes - Math.sqrt(shareAhead * windowMinutes * (windowMinutes - peakMinutes));
  }
}
