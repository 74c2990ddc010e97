package dev.planner.inference;

import dev.planner.inference.ReferenceTables.Edition;
import dev.planner.inference.ReferenceTables.VenueRoom;
import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionType;
import dev.planner.model.Venue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Seat counts for rooms the feed gives none: first a venue table's published count for a room of the
 * same name, then a prior from the room's role in the schedule. Rooms that already have a count
 * (from the feed or {@code --rooms}) are left as they are.
 */
final class CapacityInference {
  /** Doubt of a venue's published count: set-ups differ from one event to the next. */
  static final double VENUE_DOUBT = 0.15;
  /** At least this many rooms must match a venue found by name alone, and this share of the feed's. */
  private static final int MIN_MATCHED_ROOMS = 3;
  private static final double MIN_MATCHED_SHARE = 0.3;

  private CapacityInference() {}

  /** The schedule with every room that had no count given one, and what was assumed. */
  static Result infer(Schedule schedule, FeedClues clues, List<VenueRoom> venueRooms, Optional<Edition> edition) {
    List<Room> rooms = new ArrayList<>(schedule.venue().rooms());
    List<String> notes = new ArrayList<>();
    if (unknownRooms(rooms) == 0) {
      return new Result(schedule, notes);
    }
    Optional<VenueTable> table = venue(schedule, clues, venueRooms, edition);
    if (table.isPresent()) {
      int matched = applyVenue(rooms, table.get());
      if (matched > 0) {
        notes.add(matched + " from the " + table.get().name() + " table (" + table.get().source() + ")");
      }
    }
    int priors = RolePriors.apply(rooms, schedule);
    if (priors > 0) {
      notes.add(priors + " guessed from each room's role: keynote hall, breakout room, meeting room, expo stage"
          + " (priors; see planner rooms)");
    }
    Venue venue = new Venue(schedule.venue().name(), rooms, schedule.venue().walking());
    return new Result(schedule.withVenue(venue), notes);
  }

  record Result(Schedule schedule, List<String> notes) {}

  static boolean unknown(Room room) {
    return room.capacitySource() == CapacitySource.DEFAULT;
  }

  // Inference runs on every read of a feed, once: it is written with loops rather than lambdas and
  // streams, each of which costs a short run its linking.

  /** How many of the rooms have no count given. */
  static int unknownRooms(List<Room> rooms) {
    int unknown = 0;
    for (Room room : rooms) {
      if (unknown(room)) {
        unknown++;
      }
    }
    return unknown;
  }

  /** A venue's rooms by match key, with the venue's name and the first source it cites. */
  private record VenueTable(String name, Map<String, VenueRoom> byKey, String source) {}

  /**
   * The venue the feed is held at: the registry edition's, else one in a city the feed names, else
   * the venue whose room names the feed's rooms match best, when they match well enough.
   */
  private static Optional<VenueTable> venue(Schedule schedule, FeedClues clues, List<VenueRoom> venueRooms,
      Optional<Edition> edition) {
    Map<String, VenueTable> tables = tables(venueRooms);
    if (edition.isPresent() && tables.containsKey(edition.get().venue())) {
      return Optional.of(tables.get(edition.get().venue()));
    }
    List<String> cities = new ArrayList<>();
    for (String place : clues.places()) {
      for (String part : place.split(",")) {
        cities.add(Venue.matchKey(part));
      }
    }
    if (edition.isPresent()) {
      cities.add(Venue.matchKey(edition.get().city()));
    }
    VenueTable best = null;
    int bestMatches = 0;
    for (VenueTable table : tables.values()) {
      int matches = 0;
      for (Room room : schedule.venue().rooms()) {
        if (table.byKey().containsKey(Venue.matchKey(room.name()))) {
          matches++;
        }
      }
      boolean inCity = false;
      for (VenueRoom room : table.byKey().values()) {
        if (cities.contains(Venue.matchKey(room.city()))) {
          inCity = true;
          break;
        }
      }
      boolean enough = matches >= MIN_MATCHED_ROOMS && matches >= MIN_MATCHED_SHARE * schedule.venue().rooms().size();
      if ((inCity && matches > 0 || enough) && matches > bestMatches) {
        best = table;
        bestMatches = matches;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Map<String, VenueTable> tables(List<VenueRoom> venueRooms) {
    Map<String, Map<String, VenueRoom>> byVenue = new TreeMap<>();
    Map<String, String> sources = new HashMap<>();
    for (VenueRoom room : venueRooms) {
      Map<String, VenueRoom> keys = byVenue.get(room.venue());
      if (keys == null) {
        keys = new LinkedHashMap<>();
        byVenue.put(room.venue(), keys);
      }
      keys.putIfAbsent(Venue.matchKey(room.room()), room);
      for (String alias : room.aliases()) {
        keys.putIfAbsent(Venue.matchKey(alias), room);
      }
      sources.putIfAbsent(room.venue(), room.source());
    }
    Map<String, VenueTable> tables = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, VenueRoom>> venue : byVenue.entrySet()) {
      tables.put(venue.getKey(), new VenueTable(venue.getKey(), venue.getValue(), sources.get(venue.getKey())));
    }
    return tables;
  }

  private static int applyVenue(List<Room> rooms, VenueTable table) {
    int matched = 0;
    for (int i = 0; i < rooms.size(); i++) {
      Room room = rooms.get(i);
      VenueRoom known = table.byKey().get(Venue.matchKey(room.name()));
      if (unknown(room) && known != null) {
        rooms.set(i, room.withCapacity(known.capacity(), CapacitySource.OFFICIAL, VENUE_DOUBT));
        matched++;
      }
    }
    return matched;
  }

  /** Sessions per room, for the role priors. */
  static Map<RoomId, List<Session>> sessionsByRoom(Schedule schedule) {
    Map<RoomId, List<Session>> byRoom = new HashMap<>();
    for (Session session : schedule.sessions()) {
      if (session.type().isPlannable()) {
        List<Session> inRoom = byRoom.get(session.room());
        if (inRoom == null) {
          inRoom = new ArrayList<>();
          byRoom.put(session.room(), inRoom);
        }
        inRoom.add(session);
      }
    }
    return byRoom;
  }

  static long keynotes(List<Session> sessions) {
    long keynotes = 0;
    for (Session session : sessions) {
      if (session.type() == SessionType.KEYNOTE) {
        keynotes++;
      }
    }
    return keynotes;
  }
}
