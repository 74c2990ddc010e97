package dev.planner.overflow;

import dev.planner.model.Session;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds, for each session, the sessions running at the same time and how much of a real alternative
 * each is: the share of the shorter of the two that they overlap (1 when one lies within the other).
 * One sweep over start times keeps only the sessions still running, so the cost is O(n log n + n·k)
 * for k sessions running at once, never all pairs.
 */
final class CompetitorSweep {
  /** Another session's index and the share of the shorter of the two that they overlap, in (0, 1]. */
  record Overlap(int index, double weight) {}

  private CompetitorSweep() {}

  /**
   * @param sessions sessions sorted by start time
   * @return for each session, the sessions overlapping it, by increasing index
   */
  static List<List<Overlap>> overlaps(List<Session> sessions) {
    int n = sessions.size();
    long[] starts = new long[n];
    long[] ends = new long[n];
    for (int i = 0; i < n; i++) {
      starts[i] = sessions.get(i).start().toEpochSecond();
      ends[i] = sessions.get(i).end().toEpochSecond();
    }
    List<List<Overlap>> overlaps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      overlaps.add(new ArrayList<>());
    }
    List<Integer> running = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      long start = starts[j];
      running.removeIf(i -> ends[i] <= start);
      for (int i : running) {
        long overlap = Math.min(ends[i], ends[j]) - start;
        long shorter = Math.max(1, Math.min(ends[i] - starts[i], ends[j] - starts[j]));
        if (overlap > 0) {
          double weight = Math.min(1.0, (double) overlap / shorter);
          overlaps.get(i).add(new Overlap(j, weight));
          overlaps.get(j).add(new Overlap(i, weight));
        }
      }
      running.add(j);
    }
    overlaps.forEach(list -> list.sort(Comparator.comparingInt(Overlap::index)));
    return overlaps;
  }

  /** The indices of the sessions overlapping at least {@code minOverlap} of the shorter one: real competitors. */
  static List<Integer> competitors(List<Overlap> overlaps, double minOverlap) {
    return overlaps.stream().filter(overlap -> overlap.weight() >= minOverlap).map(Overlap::index).toList();
  }
}
