package dev.planner.importing;

import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.RoomId;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rooms of a feed in the order they are first met, each with an id derived from its name, so
 * that the same room gets the same id in every import of the same feed.
 */
public final class RoomRegistry {
  /** The room of sessions whose source names none. */
  public static final String NO_ROOM = "No room given";

  private final Map<String, Room> byName = new LinkedHashMap<>();
  private final Set<String> usedIds = new HashSet<>();

  /** The id of a room by its name, creating the room with the default capacity on first sight. */
  public RoomId idFor(String name) {
    String key = name.isBlank() ? NO_ROOM : name.strip();
    Room known = byName.get(key);
    if (known != null) {
      return known.id();
    }
    Room room = Room.withDefaultCapacity(newId(key), key);
    byName.put(key, room);
    return room.id();
  }

  /** Adds a room whose capacity the source gives; a room of the same name keeps its first entry. */
  public RoomId add(String name, int capacity, CapacitySource source) {
    String key = name.isBlank() ? NO_ROOM : name.strip();
    return byName.computeIfAbsent(key, newName ->
        Room.withDefaultCapacity(newId(newName), newName).withCapacity(capacity, source)).id();
  }

  public List<Room> rooms() {
    return new ArrayList<>(byName.values());
  }

  private RoomId newId(String name) {
    String base = slug(name);
    String id = base;
    for (int n = 2; !usedIds.add(id); n++) {
      id = base + "-" + n;
    }
    return new RoomId(id);
  }

  /** Lower-case ASCII letters and digits joined by single dashes: {@code "Hall 8 | Room F"} → {@code hall-8-room-f}. */
  public static String slug(String text) {
    return Slug.of(text, Normalizer.Form.NFKD, "room");
  }
}
