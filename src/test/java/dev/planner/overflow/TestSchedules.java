package dev.planner.overflow;

import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import dev.planner.model.Signals;
import dev.planner.model.Venue;
import dev.planner.model.WalkingTimes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small invented schedules for the overflow tests. */
final class TestSchedules {
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  static final LocalDate DAY = LocalDate.of(2031, 5, 14);
  /** The design document's numbers, which the formula tests are written against (not the tuned defaults). */
  static final OverflowParameters DEFAULTS = formulaModel();

  private final Map<RoomId, Room> rooms = new LinkedHashMap<>();
  private final List<Session> sessions = new ArrayList<>();
  private int attendees = 3000;

  TestSchedules attendees(int value) {
    attendees = value;
    return this;
  }

  TestSchedules room(String id, int seats) {
    rooms.put(new RoomId(id), new Room(new RoomId(id), "Room " + id, seats, CapacitySource.OFFICIAL, "", ""));
    return this;
  }

  TestSchedules talk(String id, String room, String from, String to, String title) {
    return session(id, room, DAY, from, to, title, SessionType.TALK, Signals.NONE);
  }

  TestSchedules session(String id, String room, LocalDate day, String from, String to, String title,
      SessionType type, Signals signals) {
    sessions.add(Session.builder(new SessionId(id))
        .title(title)
        .start(at(day, from))
        .end(at(day, to))
        .room(new RoomId(room))
        .type(type)
        .signals(signals)
        .build());
    return this;
  }

  /** A session that may end on a later day than it starts. */
  TestSchedules sessionUntil(String id, String room, LocalDate day, String from, LocalDate endDay, String to, String title) {
    sessions.add(Session.builder(new SessionId(id))
        .title(title)
        .start(at(day, from))
        .end(at(endDay, to))
        .room(new RoomId(room))
        .type(SessionType.TALK)
        .signals(Signals.NONE)
        .build());
    return this;
  }

  Schedule build() {
    return new Schedule("Invented Conf", ZONE, attendees,
        new Venue("Hall", List.copyOf(rooms.values()), WalkingTimes.DEFAULT), sessions);
  }

  private static OverflowParameters formulaModel() {
    try (java.io.InputStream in = TestSchedules.class.getResourceAsStream("/overflow/formula-model.yaml")) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return ModelFileReader.readComplete(dev.planner.importing.Source.ofText("formula-model.yaml", text));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static ZonedDateTime at(LocalDate day, String time) {
    return ZonedDateTime.of(day, LocalTime.parse(time), ZONE);
  }

  static SessionId id(String value) {
    return new SessionId(value);
  }
}
