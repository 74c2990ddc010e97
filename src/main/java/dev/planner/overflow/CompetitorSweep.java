package dev.planner.overflow;

import dev.planner.model.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds, for each session, the sessions it competes with: those overlapping it for at least a share
 * of the shorter of the two. One sweep over start times keeps only the sessions still running, so the
 * cost is O(n log n + n·k) for k sessions running at once, never all pairs.
 */
final class CompetitorSweep {
  private CompetitorSweep() {}

  /**
   * @param sessions sessions sorted by start time
   * @return for each session, the indices of its competitors in increasing order
   */
  static List<List<Integer>> competitors(List<Session> sessions, double minOverlap) {
    int n = sessions.size();
    long[] starts = new long[n];
    long[] ends = new long[n];
    for (int i = 0; i < n; i++) {
      starts[i] = sessions.get(i).start().toEpochSecond();
      ends[i] = sessions.get(i).end().toEpochSecond();
    }
    List<List<Integer>> competitors = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      competitors.add(new ArrayList<>());
    }
    List<Integer> running = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      long start = starts[j];
      running.removeIf(i -> ends[i] <= start);
      for (int i : running) {
        long overlap = Math.min(ends[i], ends[j]) - start;
        long shorter = Math.min(ends[i] - starts[i], ends[j] - starts[j]);
        if (overlap > 0 && overlap >= minOverlap * shorter) {
          competitors.get(i).add(j);
          competitors.get(j).add(i);
        }
      }
      running.add(j);
    }
    competitors.forEach(list -> list.sort(Integer::compare));
    return competitors;
  }
}
