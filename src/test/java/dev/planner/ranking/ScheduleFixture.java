package dev.planner.ranking;

import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import dev.planner.model.Speaker;
import dev.planner.model.Venue;
import dev.planner.model.WalkingTimes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds small one-day schedules for ranking tests, one talk at a time. */
final class ScheduleFixture {
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  static final LocalDate DAY = LocalDate.of(2024, 3, 20);
  private static final RoomId ROOM = new RoomId("hall-a");

  private final List<Session> sessions = new ArrayList<>();

  /** Adds a 30-minute talk starting at the given time, with the given text. */
  ScheduleFixture talk(String id, String start, String title, String abstractText) {
    return add(builder(id, start, title).abstractText(abstractText));
  }

  ScheduleFixture add(Session.Builder builder) {
    sessions.add(builder.build());
    return this;
  }

  static Session.Builder builder(String id, String start, String title) {
    ZonedDateTime from = ZonedDateTime.of(DAY, LocalTime.parse(start), ZONE);
    return Session.builder(new SessionId(id))
        .title(title)
        .start(from)
        .end(from.plusMinutes(30))
        .room(ROOM)
        .type(SessionType.TALK);
  }

  static Speaker speaker(String name, String organisation) {
    return new Speaker(name, organisation);
  }

  Schedule build() {
    Venue venue = new Venue("Test venue", List.of(Room.withDefaultCapacity(ROOM, "Hall A")), WalkingTimes.DEFAULT);
    return new Schedule("Test conference", ZONE, 1000, venue, sessions);
  }
}
