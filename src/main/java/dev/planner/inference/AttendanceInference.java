package dev.planner.inference;

import dev.planner.inference.ReferenceTables.Edition;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The attendance of a conference whose feed gives none: the published figure of its edition in the
 * registry, else the nearest edition's, else an estimate from how many talks run at once.
 */
final class AttendanceInference {
  /** Doubt (standard deviation of the log) of a published figure: registrations against people on site. */
  static final double PUBLISHED_DOUBT = 0.15;
  /** Doubt of another edition's figure: conferences grow or shrink by a third from one year to the next. */
  static final double OTHER_EDITION_DOUBT = 0.3;
  /** Doubt of an estimate from the schedule's shape: within a factor of two either way, most of the time. */
  static final double SHAPE_DOUBT = 0.6;
  /**
   * Attendees per talk running at once. Published attendance over the talks typically in parallel:
   * KubeCon EU 2024 about 12,000 over 24 to 26 breakout rooms, KubeCon EU 2026 about 13,000 over 28,
   * FOSDEM about 8,000 over 30 to 40 rooms, Devoxx Belgium about 3,500 over 9; 250 to 500, so 350.
   */
  static final int ATTENDEES_PER_PARALLEL_TALK = 350;
  /** The share of a day's start times whose count of talks in parallel is "typical". */
  private static final double TYPICAL_QUANTILE = 0.75;

  private AttendanceInference() {}

  /** The edition of the registry the feed is, by its names and the year it starts in. */
  static Optional<Edition> edition(List<Edition> editions, FeedClues clues, Schedule schedule) {
    String identity = String.join(" | ", clues.identity()).toLowerCase(Locale.ROOT);
    if (identity.isBlank() || schedule.sessions().isEmpty()) {
      return Optional.empty();
    }
    int year = schedule.sessions().get(0).start().getYear();
    Edition nearest = null;
    // The editions of a series come one after another and share one expression: it is searched once.
    Pattern searched = null;
    boolean found = false;
    for (Edition edition : editions) {
      if (edition.match() != searched) {
        searched = edition.match();
        found = searched.matcher(identity).find();
      }
      if (found && (nearest == null || nearer(edition, nearest, year))) {
        nearest = edition;
      }
    }
    return Optional.ofNullable(nearest);
  }

  /** Whether an edition is nearer the year than another, or as near and later; the first met wins a tie. */
  private static boolean nearer(Edition edition, Edition other, int year) {
    int distance = Math.abs(edition.year() - year);
    int otherDistance = Math.abs(other.year() - year);
    return distance < otherDistance || (distance == otherDistance && edition.year() > other.year());
  }

  /** The figure, its doubt and its basis. */
  static Inferred infer(Schedule schedule, Optional<Edition> edition) {
    int year = schedule.sessions().get(0).start().getYear();
    if (edition.isPresent()) {
      Edition found = edition.get();
      boolean same = found.year() == year;
      String basis = same
          ? "published for " + found.series() + " " + found.year() + " (" + found.source() + ")"
          : "published for " + found.series() + " " + found.year() + ", the nearest edition to " + year
              + " in the registry (" + found.source() + ")";
      return new Inferred(found.attendees(), same ? PUBLISHED_DOUBT : OTHER_EDITION_DOUBT, basis);
    }
    int parallel = typicalParallelTalks(schedule.sessions());
    int estimate = Math.max(100, roundTo(ATTENDEES_PER_PARALLEL_TALK * parallel, 100));
    return new Inferred(estimate, SHAPE_DOUBT, "estimated: the conference is not in the registry, and "
        + parallel + " talks typically run at once, about " + ATTENDEES_PER_PARALLEL_TALK + " people each"
        + " (could be half or twice that)");
  }

  /** Attendance as a figure with its doubt and basis. */
  record Inferred(int attendees, double doubt, String basis) {}

  /**
   * How many talks run at once at a typical moment: at each talk's start, the talks then running,
   * keynotes and talks of five minutes or less aside; the upper quartile over those starts.
   */
  static int typicalParallelTalks(List<Session> sessions) {
    List<Session> talks = new ArrayList<>();
    for (Session session : sessions) {
      if (session.type().isPlannable() && session.type() != SessionType.KEYNOTE
          && session.duration().toMinutes() > 5) {
        talks.add(session);
      }
    }
    if (talks.isEmpty()) {
      return 1;
    }
    long[] starts = new long[talks.size()];
    long[] ends = new long[talks.size()];
    for (int i = 0; i < talks.size(); i++) {
      starts[i] = talks.get(i).start().toEpochSecond();
      ends[i] = talks.get(i).end().toEpochSecond();
    }
    Arrays.sort(starts);
    Arrays.sort(ends);
    int[] running = new int[starts.length];
    for (int i = 0; i < starts.length; i++) {
      running[i] = countAtOrBefore(starts, starts[i]) - countAtOrBefore(ends, starts[i]);
    }
    Arrays.sort(running);
    return running[Math.min(running.length - 1, (int) Math.floor(TYPICAL_QUANTILE * running.length))];
  }

  /** How many of the sorted values are at most {@code value}. */
  private static int countAtOrBefore(long[] sorted, long value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted[middle] <= value) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  static int roundTo(double value, int step) {
    return (int) (Math.round(value / step) * step);
  }
}
