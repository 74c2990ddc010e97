package dev.planner.cli;

import dev.planner.importing.userfiles.RoomStatusReader;
import dev.planner.importing.Source;
import dev.planner.importing.SourceLoader;
import dev.planner.importing.SourceUnavailableException;
import dev.planner.model.Room;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/** What the attendee knows during the day: the time now, rooms full now, and where they are. */
public final class DuringTheDayOptions {
  /** A room reported full turns people away for the session in it now and the next one to start. */
  private static final int FULL_ROOM_HORIZON_MINUTES = 45;

  @Option(names = "--now", paramLabel = "HH:MM", arity = "0..1", fallbackValue = "",
      description = "Plan only the rest of the day from HH:MM (or, with no value, from the clock); "
          + "rooms seen full in the day's observations log (planner observe) count as full.")
  String now;

  @Option(names = "--full", paramLabel = "ROOM|ID",
      description = "A room (name or id) or session (id) that is full now; repeatable. The plan routes around it.")
  List<String> full = new ArrayList<>();

  @Option(names = "--room-status", paramLabel = "FILE|URL",
      description = "A live room-status feed ([{roomname, state}], state 1 or 2 = full), as FOSDEM publishes.")
  String roomStatus;

  @Option(names = "--attended", paramLabel = "ID", description = "The session you are in now: walking starts from its room.")
  String attended;

  /** The moment the plan starts from, if any: {@code --now HH:MM} on the planned day, or the clock. */
  Optional<ZonedDateTime> now(CommandContext context, Schedule schedule, LocalDate day) {
    if (now == null) {
      return Optional.empty();
    }
    if (now.isBlank()) {
      ZonedDateTime clock = ZonedDateTime.now(context.environment().clock()).withZoneSameInstant(schedule.zone());
      if (!clock.toLocalDate().equals(day)) {
        throw context.usage("--now without a time reads the clock, and today (" + clock.toLocalDate()
            + " in " + schedule.zone().getId() + ") is not the day planned (" + day
            + "): give the time, such as --now 14:05");
      }
      return Optional.of(clock);
    }
    try {
      return Optional.of(day.atTime(LocalTime.parse(now.trim())).atZone(schedule.zone()));
    } catch (DateTimeException e) {
      throw context.usage("--now takes a time such as 14:05, not '" + now + "'");
    }
  }

  Optional<SessionId> attended(CommandContext context, Schedule schedule) {
    if (attended == null) {
      return Optional.empty();
    }
    Session session = SessionNames.session(context, schedule, "--attended", attended)
        .orElseThrow(() -> context.usage("--attended: no session '" + attended + "' in this schedule"));
    return Optional.of(session.id());
  }

  /** The sessions that turn people away now, from --full, the room-status feed and, with --now, the day's observations log. */
  Set<SessionId> fullNow(CommandContext context, Schedule schedule, LocalDate day, Optional<ZonedDateTime> from)
      throws SourceUnavailableException, IOException {
    ZonedDateTime moment = from.isPresent() ? from.get()
        : ZonedDateTime.now(context.environment().clock()).withZoneSameInstant(schedule.zone());
    Set<SessionId> full = new LinkedHashSet<>();
    for (String named : this.full) {
      Optional<Room> namedRoom = SessionNames.room(schedule, named);
      if (namedRoom.isEmpty()) {
        Session session = SessionNames.session(context, schedule, "--full", named)
            .orElseThrow(() -> context.usage("--full: '" + named + "' is neither a session (id or title) nor a room of this schedule"));
        full.add(session.id());
        continue;
      }
      Room room = namedRoom.get();
      full.addAll(sessionsAtRisk(schedule, day, room, moment));
    }
    if (roomStatus != null) {
      Source feed = new SourceLoader(context.environment().stdin()).load(roomStatus);
      for (RoomStatusReader.RoomStatus status : new RoomStatusReader().read(feed)) {
        Optional<Room> room = schedule.venue().findByName(status.roomName());
        if (room.isEmpty()) {
          context.hint("room status names '" + status.roomName() + "', which is not a room of this schedule");
        } else if (status.isFull()) {
          full.addAll(sessionsAtRisk(schedule, day, room.get(), moment));
        }
      }
    }
    if (now != null) {
      SeenFull.rooms(context, schedule, day, moment).keySet()
          .forEach(room -> full.addAll(sessionsAtRisk(schedule, day, room, moment)));
    }
    return full;
  }

  /** The sessions of a room running at a moment or starting soon after it. */
  private static List<SessionId> sessionsAtRisk(Schedule schedule, LocalDate day, Room room, ZonedDateTime moment) {
    ZonedDateTime horizon = moment.plusMinutes(FULL_ROOM_HORIZON_MINUTES);
    return schedule.sessionsOn(day).stream()
        .filter(session -> session.room().equals(room.id()))
        .filter(session -> session.end().isAfter(moment) && session.start().isBefore(horizon))
        .map(Session::id)
        .toList();
  }
}
