package dev.planner.planning;

import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import dev.planner.model.Venue;
import dev.planner.model.WalkingTimes;
import dev.planner.ranking.ScoredSession;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Small schedules and forecasts built in code, for planner tests. */
final class PlanningFixtures {
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  static final ZonedDateTime DAY_START = ZonedDateTime.of(2024, 3, 20, 9, 0, 0, 0, ZONE);

  private PlanningFixtures() {}

  static Session talk(String id, String room, int startMinute, int minutes) {
    return Session.builder(new SessionId(id))
        .title("Talk " + id)
        .start(DAY_START.plusMinutes(startMinute))
        .end(DAY_START.plusMinutes(startMinute + minutes))
        .room(new RoomId(room))
        .type(SessionType.TALK)
        .build();
  }

  static Schedule schedule(List<Session> sessions, int roomCount) {
    List<Room> rooms = new ArrayList<>();
    for (int i = 0; i < roomCount; i++) {
      rooms.add(new Room(new RoomId("r" + i), "Room " + i, 100, CapacitySource.ESTIMATE, "level" + (i % 2), ""));
    }
    return new Schedule("Test", ZONE, 1000, new Venue("", rooms, new WalkingTimes(3, 6, 10, Map.of())), sessions);
  }

  static List<ScoredSession> scored(Schedule schedule, Map<String, Double> interests) {
    List<ScoredSession> scored = new ArrayList<>();
    for (Session session : schedule.sessions()) {
      scored.add(new ScoredSession(session, interests.getOrDefault(session.id().value(), 0.0), List.of()));
    }
    return scored;
  }

  /** A random schedule of a few rooms and talks at five-minute marks over a morning. */
  static Schedule randomSchedule(long seed, int sessionCount, int roomCount) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < sessionCount; i++) {
      int start = 5 * random.nextInt(0, 36);
      int minutes = 5 * random.nextInt(2, 10);
      sessions.add(talk("s" + i, "r" + random.nextInt(roomCount), start, minutes));
    }
    return schedule(sessions, roomCount);
  }

  static Map<String, Double> randomInterests(long seed, Schedule schedule) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    Map<String, Double> interests = new HashMap<>();
    schedule.sessions().forEach(session -> interests.put(session.id().value(), (double) random.nextInt(0, 101)));
    return interests;
  }

  /** A forecast with a chance of a full room per session and admission rising with minutes early. */
  static final class TableForecast implements CrowdForecast {
    private final Map<SessionId, Double> full = new HashMap<>();

    TableForecast set(String id, double pFull) {
      full.put(new SessionId(id), pFull);
      return this;
    }

    static TableForecast random(long seed, Schedule schedule) {
      SplittableRandom random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
      TableForecast forecast = new TableForecast();
      schedule.sessions().forEach(session -> forecast.full.put(session.id(), random.nextDouble() < 0.4 ? random.nextDouble() : 0.0));
      return forecast;
    }

    @Override
    public double pFull(SessionId session) {
      return full.getOrDefault(session, 0.0);
    }

    @Override
    public double admission(SessionId session, double minutesEarly) {
      double early = Math.max(0, minutesEarly);
      return 1 - pFull(session) * Math.exp(-early / 8);
    }

    @Override
    public double pFullGivenFull(SessionId backup, SessionId primary) {
      return Math.min(1, pFull(backup) * 1.5);
    }
  }
}
