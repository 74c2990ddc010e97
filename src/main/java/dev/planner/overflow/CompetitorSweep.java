package dev.planner.overflow;

import dev.planner.model.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds, for each session, the sessions that are an alternative to it when it starts, and how much:
 * the share of its first d minutes, d the shorter of the two lengths, that the other one runs during.
 * People choose a long session when it starts, so a talk starting an hour into a workshop is no
 * alternative to the workshop (the workshop's people are already seated), while the workshop is a full
 * alternative to the talk. One sweep over start times keeps only the sessions still running, so the
 * cost is O(n log n + n·k) for k sessions running at once, never all pairs.
 */
final class CompetitorSweep {
  /** Another session's index and its weight as an alternative, in (0, 1]. */
  record Overlap(int index, double weight) {}

  private CompetitorSweep() {}

  /**
   * @param sessions sessions sorted by start time
   * @return for each session, its alternatives with their weights, by increasing index
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
    // The sessions still running, by increasing index: each list below then fills in index order too,
    // first with the earlier sessions still running at its start, then with the later ones starting in it.
    int[] running = new int[n];
    int count = 0;
    for (int j = 0; j < n; j++) {
      long start = starts[j];
      int kept = 0;
      for (int r = 0; r < count; r++) {
        int i = running[r];
        if (ends[i] > start) {
          running[kept++] = i;
        }
      }
      count = kept;
      for (int r = 0; r < count; r++) {
        int i = running[r];
        // i started at or before j: i runs through j's start, and j may fall in i's opening minutes.
        long shorter = Math.max(1, Math.min(ends[i] - starts[i], ends[j] - starts[j]));
        add(overlaps.get(j), i, Math.min(ends[i], start + shorter) - start, shorter);
        add(overlaps.get(i), j, Math.min(ends[j], starts[i] + shorter) - start, shorter);
      }
      running[count++] = j;
    }
    return overlaps;
  }

  private static void add(List<Overlap> alternatives, int index, long seconds, long window) {
    if (seconds > 0) {
      alternatives.add(new Overlap(index, Math.min(1.0, (double) seconds / window)));
    }
  }
}
