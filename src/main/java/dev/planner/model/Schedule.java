package dev.planner.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A conference programme: its zone, expected attendance, venue and sessions, sorted by start, room
 * and id, every session shown in the conference's zone and held in a room of the venue.
 * {@code attendanceDoubt} is how far the attendance may be off, as the standard deviation of its
 * logarithm: 0 for a figure taken as given, more for one inferred.
 */
public record Schedule(String conference, ZoneId zone, int attendees, Venue venue, List<Session> sessions,
    double attendanceDoubt) {

  /**
   * The order sessions are kept in: start, then end, then room, then id. Written out rather than
   * chained from key extractors, which run far slower before the JIT has warmed up.
   */
  public static final Comparator<Session> ORDER = new SessionOrder();

  /**
   * A class rather than a method reference, as are the loops below rather than lambdas: every run
   * builds a schedule, and linking each lambda costs a short run a fraction of a millisecond.
   */
  private static final class SessionOrder implements Comparator<Session> {
    @Override
    public int compare(Session a, Session b) {
      int order = a.start().compareTo(b.start());
      if (order == 0) {
        order = a.end().compareTo(b.end());
      }
      if (order == 0) {
        order = a.room().compareTo(b.room());
      }
      return order != 0 ? order : a.id().compareTo(b.id());
    }
  }

  public Schedule {
    Checks.notBlank(conference, "conference");
    Objects.requireNonNull(zone, "zone");
    if (attendees <= 0) {
      throw new IllegalArgumentException("attendees must be positive, was " + attendees);
    }
    if (!(attendanceDoubt >= 0 && attendanceDoubt <= 2)) {
      throw new IllegalArgumentException("attendance doubt must be from 0 to 2, was " + attendanceDoubt);
    }
    Objects.requireNonNull(venue, "venue");
    Set<RoomId> roomIds = new HashSet<>();
    for (Room room : venue.rooms()) {
      roomIds.add(room.id());
    }
    Set<SessionId> ids = new HashSet<>();
    List<Session> normalised = new ArrayList<>(Checks.listOf(sessions, "sessions").size());
    for (Session session : sessions) {
      if (!ids.add(session.id())) {
        throw new IllegalArgumentException("duplicate session id " + session.id());
      }
      if (!roomIds.contains(session.room())) {
        throw new IllegalArgumentException("session " + session.id() + " is in unknown room " + session.room());
      }
      normalised.add(session.inZone(zone));
    }
    normalised.sort(ORDER);
    sessions = List.copyOf(normalised);
  }

  /** A schedule whose attendance is taken as given. */
  public Schedule(String conference, ZoneId zone, int attendees, Venue venue, List<Session> sessions) {
    this(conference, zone, attendees, venue, sessions, 0);
  }

  /** The attendance within which the true one lies with about 80% chance (±1.28 standard deviations). */
  public long attendeesLow() {
    return Math.round(attendees * Math.exp(-1.28 * attendanceDoubt));
  }

  public long attendeesHigh() {
    return Math.round(attendees * Math.exp(1.28 * attendanceDoubt));
  }

  /** The conference days, in order, in the conference's zone. */
  public List<LocalDate> days() {
    Set<LocalDate> days = new TreeSet<>();
    for (Session session : sessions) {
      days.add(session.start().toLocalDate());
    }
    return List.copyOf(days);
  }

  /** The sessions starting on a day, in schedule order. */
  public List<Session> sessionsOn(LocalDate day) {
    List<Session> on = new ArrayList<>();
    for (Session session : sessions) {
      if (session.start().toLocalDate().equals(day)) {
        on.add(session);
      }
    }
    return Collections.unmodifiableList(on);
  }

  public Optional<Session> session(SessionId id) {
    for (Session session : sessions) {
      if (session.id().equals(id)) {
        return Optional.of(session);
      }
    }
    return Optional.empty();
  }

  /** The room a session of this schedule is held in. */
  public Room roomOf(Session session) {
    return venue.room(session.room()).orElseThrow();
  }

  /** A lookup table from room id to room, for callers that resolve many sessions. */
  public Map<RoomId, Room> roomsById() {
    Map<RoomId, Room> byId = new HashMap<>();
    for (Room room : venue.rooms()) {
      byId.put(room.id(), room);
    }
    return byId;
  }

  public Schedule withVenue(Venue newVenue) {
    return new Schedule(conference, zone, attendees, newVenue, sessions, attendanceDoubt);
  }

  public Schedule withSessions(List<Session> newSessions) {
    return new Schedule(conference, zone, attendees, venue, newSessions, attendanceDoubt);
  }

  public Schedule withAttendance(int newAttendees, double doubt) {
    return new Schedule(conference, zone, newAttendees, venue, sessions, doubt);
  }

  /** The same instants shown in another zone. */
  public Schedule withZone(ZoneId newZone) {
    return new Schedule(conference, newZone, attendees, venue, sessions, attendanceDoubt);
  }

  /** The same wall-clock times read in another zone, for feeds whose times carried no zone. */
  public Schedule withWallClockIn(ZoneId newZone) {
    List<Session> moved = sessions.stream()
        .map(session -> session.withTimes(session.start().withZoneSameLocal(newZone), session.end().withZoneSameLocal(newZone)))
        .toList();
    return new Schedule(conference, newZone, attendees, venue, moved, attendanceDoubt);
  }

}
