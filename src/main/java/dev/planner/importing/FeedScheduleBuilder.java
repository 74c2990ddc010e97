package dev.planner.importing;

import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.Venue;
import dev.planner.model.WalkingTimes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Gathers what a feed reader finds (rooms, sessions) and makes the schedule: duplicate ids are
 * errors at their line, and the attendance comes from the user, the feed, or the documented default.
 */
public final class FeedScheduleBuilder {
  /** Attendance assumed when neither the user nor the feed gives one (as for our YAML). */
  public static final int DEFAULT_ATTENDEES = 1000;

  private final Diagnostics diagnostics;
  private final RoomRegistry rooms = new RoomRegistry();
  private final List<Session> sessions = new ArrayList<>();
  private final Map<SessionId, Integer> lines = new HashMap<>();

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

  public boolean contains(SessionId id) {
    return lines.containsKey(id);
  }

  /** The schedule, or every error found; the attendance warning names the option that silences it. */
  public ReadResult build(String conference, ZoneId zone, ReadOptions options, OptionalInt attendeesInFeed) {
    if (sessions.isEmpty() && !diagnostics.hasErrors()) {
      diagnostics.error(0, 0, "the schedule has no sessions");
    }
    diagnostics.throwIfErrors();
    int attendees = options.attendees().orElse(attendeesInFeed.orElse(DEFAULT_ATTENDEES));
    if (options.attendees().isEmpty() && attendeesInFeed.isEmpty()) {
      diagnostics.warning(0, 0, "the schedule gives no attendance; assuming " + DEFAULT_ATTENDEES
          + " attendees (pass --attendees)");
    }
    String name = conference.isBlank() ? fileName(diagnostics.source()) : conference.strip();
    Venue venue = new Venue("", rooms.rooms(), WalkingTimes.DEFAULT);
    return new ReadResult(new Schedule(name, zone, attendees, venue, sessions), diagnostics.warnings());
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
