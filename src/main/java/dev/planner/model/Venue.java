package dev.planner.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Where the conference happens: its rooms, in the source's order, and how long walking between them takes. */
public record Venue(String name, List<Room> rooms, WalkingTimes walking) {
  public Venue {
    Objects.requireNonNull(name, "name");
    rooms = Checks.listOf(rooms, "rooms");
    Objects.requireNonNull(walking, "walking");
    Map<RoomId, Room> seen = new LinkedHashMap<>();
    for (Room room : rooms) {
      if (seen.put(room.id(), room) != null) {
        throw new IllegalArgumentException("duplicate room id " + room.id());
      }
    }
  }

  public Optional<Room> room(RoomId id) {
    return rooms.stream().filter(room -> room.id().equals(id)).findFirst();
  }
}
