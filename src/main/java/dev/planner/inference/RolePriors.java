package dev.planner.inference;

import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Seat counts guessed from what a room does in the schedule and what it is called. Organisers size
 * rooms for their crowd: the keynote hall holds a large part of the attendance, and the rooms that
 * run talks side by side share about as many seats as the conference has people (FOSDEM's rooms
 * 7,500 seats for about 8,000 people, Devoxx Belgium's 3,600 for 3,500, the bundled KubeCon's
 * breakout rooms 0.6 per attendee). That supply is split by each room's weight: halls, auditoria,
 * amphitheatres, aulas, forums and ballrooms weigh three breakout rooms; meeting rooms, labs and BOF
 * rooms half of one; theatres, stages, lounges, booths and hubs in an expo hall, and rooms that host
 * many short sessions, a quarter.
 */
final class RolePriors {
  /** Share of the attendance the keynote hall seats. */
  static final double PLENARY_SHARE = 0.45;
  /** Seats in the rooms that run talks side by side, per attendee. */
  static final double PARALLEL_SEATS_PER_ATTENDEE = 0.6;
  private static final int SMALLEST_PRIOR = 20;

  private static final Pattern STAGE = Pattern.compile(
      "theat(er|re)|stage|lounge|booth|pavilion|showcase|\\bhub\\b|nook|corner|\\bdemo|\\bexpo|foyer|lobby|\\bzone\\b");
  private static final Pattern LARGE = Pattern.compile(
      "auditor|amphi|\\baula\\b|forum|ballroom|plenary|^hall\\b|^halle\\b|\\bsaal\\b|janson");
  private static final Pattern SMALL = Pattern.compile(
      "meeting|\\bbof\\b|\\blab\\b|seminar|class|workshop room|^[a-z]{1,3}[ .-]?\\d{2,4}[a-z]?$");
  private static final Pattern MERGED = Pattern.compile("^[a-z]{1,3}[ .-]?\\d{2,4}\\s*[-+&]\\s*\\d{1,4}$|\\d\\s*\\+\\s*\\d");
  private static final int MANY_SESSIONS = 6;
  private static final int SHORT_MINUTES = 20;

  private RolePriors() {}

  /** Gives every room without a count a prior; returns how many it gave. */
  static int apply(List<Room> rooms, Schedule schedule) {
    Map<RoomId, List<Session>> byRoom = CapacityInference.sessionsByRoom(schedule);
    Optional<RoomId> plenary = plenary(byRoom);
    Map<RoomId, Double> weights = new HashMap<>();
    double totalWeight = 0;
    for (Room room : rooms) {
      if (plenary.isPresent() && plenary.get().equals(room.id())) {
        continue;
      }
      double weight = weight(room, byRoom.getOrDefault(room.id(), List.of()));
      weights.put(room.id(), weight);
      if (byRoom.containsKey(room.id())) {
        totalWeight += weight;
      }
    }
    double seatsPerWeight = PARALLEL_SEATS_PER_ATTENDEE * schedule.attendees() / Math.max(1, totalWeight);
    int given = 0;
    for (int i = 0; i < rooms.size(); i++) {
      Room room = rooms.get(i);
      if (!CapacityInference.unknown(room)) {
        continue;
      }
      boolean isPlenary = plenary.isPresent() && plenary.get().equals(room.id());
      double seats = isPlenary ? PLENARY_SHARE * schedule.attendees() : seatsPerWeight * weights.get(room.id());
      int rounded = Math.max(SMALLEST_PRIOR, roundSeats(seats));
      rooms.set(i, room.withCapacity(rounded, CapacitySource.PRIOR, Room.PRIOR_DOUBT));
      given++;
    }
    return given;
  }

  /**
   * The room that hosts the most keynotes, when some room hosts two or more; of rooms hosting as
   * many, the first by id.
   */
  static Optional<RoomId> plenary(Map<RoomId, List<Session>> byRoom) {
    RoomId best = null;
    long bestKeynotes = 0;
    for (Map.Entry<RoomId, List<Session>> entry : byRoom.entrySet()) {
      long keynotes = CapacityInference.keynotes(entry.getValue());
      if (keynotes < 2) {
        continue;
      }
      if (best == null || keynotes > bestKeynotes || keynotes == bestKeynotes && entry.getKey().compareTo(best) < 0) {
        best = entry.getKey();
        bestKeynotes = keynotes;
      }
    }
    return Optional.ofNullable(best);
  }

  /** How many breakout rooms' worth of seats a room is, by its name and how it is used. */
  static double weight(Room room, List<Session> sessions) {
    String name = room.name().toLowerCase(Locale.ROOT);
    String[] segments = name.split("\\|");
    // A name of bars alone ("|") splits into nothing.
    String last = segments.length == 0 ? "" : segments[segments.length - 1].strip();
    if (STAGE.matcher(name).find()) {
      return 0.25;
    }
    if (LARGE.matcher(last).find()) {
      return 3;
    }
    if (hostsManyShortSessions(sessions)) {
      return 0.25;
    }
    if (MERGED.matcher(last).find()) {
      return 1.2;
    }
    if (SMALL.matcher(last).find()) {
      return 0.5;
    }
    return 1;
  }

  private static boolean hostsManyShortSessions(List<Session> sessions) {
    if (sessions.size() < MANY_SESSIONS) {
      return false;
    }
    long[] minutes = new long[sessions.size()];
    for (int i = 0; i < minutes.length; i++) {
      minutes[i] = sessions.get(i).duration().toMinutes();
    }
    Arrays.sort(minutes);
    return minutes[minutes.length / 2] <= SHORT_MINUTES;
  }

  private static int roundSeats(double seats) {
    int step = seats >= 1000 ? 100 : seats >= 100 ? 10 : 5;
    return (int) (Math.round(seats / step) * step);
  }
}
