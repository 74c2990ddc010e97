package dev.planner.importing;

import dev.planner.model.Room;
import dev.planner.model.Schedule;
import dev.planner.model.Venue;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.Speaker;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What changed between two versions of a schedule, session by session, matched by id (the UID for
 * iCalendar, where Sched never bumps SEQUENCE): added, removed, moved in time or room, retitled and
 * re-speakered. Changes come ordered by kind, then start, then id, so the same two inputs always
 * print the same report.
 */
public record ScheduleDiff(List<Change> changes) {

  /** The kinds of change, in the order a report lists them. */
  public enum Kind {
    REMOVED,
    ADDED,
    MOVED,
    RETITLED,
    RESPEAKERED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One change to one session; {@code before} and {@code after} are empty for added and removed
   * sessions, and {@code was}/{@code now} describe the changed field in words (time and room,
   * title, or speakers).
   */
  public record Change(Kind kind, SessionId id, Optional<Session> before, Optional<Session> after, String was, String now) {
    /** The session's title as it is now, or as it was for a removed one. */
    public String title() {
      return after.or(() -> before).map(Session::title).orElse("");
    }

    Instant sortTime() {
      return after.or(() -> before).map(session -> session.start().toInstant()).orElse(Instant.EPOCH);
    }
  }

  private static final Comparator<Change> ORDER = Comparator.comparing(Change::kind)
      .thenComparing(Change::sortTime)
      .thenComparing(Change::id);

  public ScheduleDiff {
    changes = List.copyOf(changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public long count(Kind kind) {
    return changes.stream().filter(change -> change.kind() == kind).count();
  }

  /** The changes from {@code before} to {@code after}. */
  public static ScheduleDiff between(Schedule before, Schedule after) {
    Map<SessionId, Session> old = byId(before);
    Map<SessionId, Session> current = byId(after);
    List<Change> changes = new ArrayList<>();
    old.forEach((id, session) -> {
      if (!current.containsKey(id)) {
        changes.add(new Change(Kind.REMOVED, id, Optional.of(session), Optional.empty(), where(before, session), ""));
      }
    });
    current.forEach((id, session) -> {
      Session earlier = old.get(id);
      if (earlier == null) {
        changes.add(new Change(Kind.ADDED, id, Optional.empty(), Optional.of(session), "", where(after, session)));
      } else {
        compare(before, earlier, after, session, changes);
      }
    });
    changes.sort(ORDER);
    return new ScheduleDiff(changes);
  }

  private static void compare(Schedule before, Session was, Schedule after, Session now, List<Change> changes) {
    boolean timeMoved = !was.start().toInstant().equals(now.start().toInstant())
        || !was.end().toInstant().equals(now.end().toInstant());
    if (timeMoved || !sameRoom(before, was, after, now)) {
      changes.add(change(Kind.MOVED, was, now, where(before, was), where(after, now)));
    }
    if (!was.title().strip().equals(now.title().strip())) {
      changes.add(change(Kind.RETITLED, was, now, was.title(), now.title()));
    }
    if (!speakerNames(was).equals(speakerNames(now))) {
      changes.add(change(Kind.RESPEAKERED, was, now, String.join(", ", speakerNames(was)), String.join(", ", speakerNames(now))));
    }
  }

  private static Change change(Kind kind, Session was, Session now, String from, String to) {
    return new Change(kind, now.id(), Optional.of(was), Optional.of(now), from, to);
  }

  /** Rooms are the same when their ids or their names are: a renamed room is not a moved talk. */
  private static boolean sameRoom(Schedule before, Session was, Schedule after, Session now) {
    if (was.room().equals(now.room())) {
      return true;
    }
    return Venue.matchKey(roomName(before, was)).equals(Venue.matchKey(roomName(after, now)));
  }

  private static String roomName(Schedule schedule, Session session) {
    return schedule.venue().room(session.room()).map(Room::name).orElse(session.room().value());
  }

  /** When and where, in the schedule's own zone: {@code 2026-03-24 11:15–11:45 Hall 8 | Room F}. */
  private static String where(Schedule schedule, Session session) {
    ZonedDateTime start = session.start().withZoneSameInstant(schedule.zone());
    return start.toLocalDate() + " " + start.toLocalTime() + "–"
        + session.end().withZoneSameInstant(schedule.zone()).toLocalTime() + " " + roomName(schedule, session);
  }

  /** Speaker names in order of name: a reordered list is not a change. */
  private static List<String> speakerNames(Session session) {
    return session.speakers().stream().map(Speaker::name).map(String::strip).sorted().toList();
  }

  private static Map<SessionId, Session> byId(Schedule schedule) {
    Map<SessionId, Session> byId = new TreeMap<>();
    schedule.sessions().forEach(session -> byId.put(session.id(), session));
    return byId;
  }
}
