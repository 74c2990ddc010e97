package dev.planner.cli;

import dev.planner.model.Room;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Optional;

/**
 * What someone names on the command line when they stand in front of a door: a session by its id,
 * else a room by name or id (case, spaces and punctuation ignored), with the session that room holds.
 */
final class SiteLookup {
  /** A room seen a little before its next session is about that session: doors close before the start. */
  static final int DOORS_MINUTES = 30;

  private SiteLookup() {}

  /** A room and, when one is running or about to start there, its session. */
  record Target(Room room, Optional<Session> session) {}

  /** The session named by id, else the room named, with its session at that moment. */
  static Optional<Target> find(Schedule schedule, String name, ZonedDateTime at) {
    Optional<Session> session = schedule.session(new SessionId(name.strip()));
    if (session.isPresent()) {
      return Optional.of(new Target(schedule.roomOf(session.get()), session));
    }
    return SessionNames.room(schedule, name).map(room -> new Target(room, sessionIn(schedule, room, at)));
  }

  /** The session running in the room at that moment, else the next one to start within {@link #DOORS_MINUTES}. */
  static Optional<Session> sessionIn(Schedule schedule, Room room, ZonedDateTime at) {
    ZonedDateTime soon = at.plusMinutes(DOORS_MINUTES);
    return schedule.sessions().stream()
        .filter(session -> session.room().equals(room.id()))
        .filter(session -> session.end().isAfter(at) && !session.start().isAfter(soon))
        .min(Comparator.comparing((Session session) -> session.start().isAfter(at))
            .thenComparing(Session::start)
            .thenComparing(Session::id));
  }
}
