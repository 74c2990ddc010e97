package dev.planner.importing;

import dev.planner.inference.FeedClues;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.Venue;
import dev.planner.model.WalkingTimes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Gathers what a feed reader finds (rooms, sessions) and makes the schedule: duplicate ids are
 * errors at their line, and the attendance comes from the user, the feed, or the documented default
 * (which inference replaces); the feed's names, places and declared zone become its clues.
 */
public final class FeedScheduleBuilder {
  /** Attendance assumed when neither the user nor the feed gives one (as for our YAML). */
  public static final int DEFAULT_ATTENDEES = 1000;

  private final Diagnostics diagnostics;
  private final RoomRegistry rooms = new RoomRegistry();
  private final List<Session> sessions = new ArrayList<>();
  private final Map<SessionId, Integer> lines = new HashMap<>();
  private final List<String> identity = new ArrayList<>();
  private final Map<String, Integer> places = new HashMap<>();
  private boolean zoneDeclared = true;
  private boolean wallClockTimes;

  public FeedScheduleBuilder(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public RoomRegistry rooms() {
    return rooms;
  }

  /** Adds a session read at a line; a second session with the same id is an error. */
  public void add(Session session, int line) {
    if (sessions.size() >= ScheduleReader.MAX_SESSIONS) {
      diagnostics.error(line, 0, "more than " + ScheduleReader.MAX_SESSIONS + " sessions, the most the planner reads");
      throw diagnostics.failure();
    }
    Integer earlier = lines.putIfAbsent(session.id(), line);
    if (earlier != null) {
      diagnostics.error(line, 0, "duplicate session id '" + session.id() + "' (first at line " + earlier + ")");
      return;
    }
    sessions.add(session);
  }

  /** Names the feed goes by (calendar name, PRODID, acronym), for finding it in the registry. */
  public void identify(String name) {
    if (!name.isBlank()) {
      identity.add(name.strip());
    }
  }

  /** A place the feed names ("Amsterdam, Netherlands"), counted so the most named comes first. */
  public void place(String place) {
    if (!place.isBlank()) {
      String key = place.strip();
      Integer count = places.get(key);
      places.put(key, count == null ? 1 : count + 1);
    }
  }

  /**
   * The feed declares no zone: the schedule is built in UTC for inference to replace. With
   * {@code wallClockTimes} the times were written without a zone, so the replacement keeps the clock.
   */
  public void zoneNotDeclared(boolean wallClockTimes) {
    this.zoneDeclared = false;
    this.wallClockTimes = wallClockTimes;
  }

  public boolean contains(SessionId id) {
    return lines.containsKey(id);
  }

  /**
   * The places named, the most named first, then in order of name. Written out, as the rest of a
   * read is, rather than chained from comparators: every read of a feed builds one, and linking each
   * lambda costs a short run a fraction of a millisecond.
   */
  private List<String> placesByCount() {
    List<Map.Entry<String, Integer>> counted = new ArrayList<>(places.entrySet());
    counted.sort(new Comparator<Map.Entry<String, Integer>>() {
      @Override
      public int compare(Map.Entry<String, Integer> a, Map.Entry<String, Integer> b) {
        int order = Integer.compare(b.getValue(), a.getValue());
        return order != 0 ? order : a.getKey().compareTo(b.getKey());
      }
    });
    List<String> names = new ArrayList<>(counted.size());
    for (Map.Entry<String, Integer> place : counted) {
      names.add(place.getKey());
    }
    return List.copyOf(names);
  }

  /** The schedule, or every error found; the attendance warning names the option that silences it. */
  public ReadResult build(String conference, ZoneId zone, ReadOptions options, OptionalInt attendeesInFeed) {
    if (sessions.isEmpty() && !diagnostics.hasErrors()) {
      diagnostics.error(0, 0, "the schedule has no sessions");
    }
    diagnostics.throwIfErrors();
    OptionalInt given = options.attendees().isPresent() ? options.attendees() : attendeesInFeed;
    String name = conference.isBlank() ? fileName(diagnostics.source()) : conference.strip();
    Venue venue = new Venue("", rooms.rooms(), WalkingTimes.DEFAULT);
    Schedule schedule = new Schedule(name, zone, given.orElse(DEFAULT_ATTENDEES), venue, sessions);
    List<String> names = new ArrayList<>(identity);
    names.add(name);
    names.add(diagnostics.source());
    List<String> byCount = placesByCount();
    Optional<ZoneId> declared = zoneDeclared || options.timezone().isPresent() ? Optional.of(zone) : Optional.empty();
    FeedClues clues = new FeedClues(declared, wallClockTimes, given, names, byCount);
    return new ReadResult(schedule, diagnostics.warnings(), clues);
  }

  /** The last part of a path or URL without its extension, the conference's name of last resort. */
  public static String fileName(String source) {
    String last = source.replaceAll("[/\\\\]+$", "");
    last = last.substring(Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\')) + 1);
    int dot = last.lastIndexOf('.');
    String name = dot > 0 ? last.substring(0, dot) : last;
    return name.isBlank() ? "conference" : name;
  }
}
