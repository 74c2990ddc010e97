package dev.planner.model;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

  /** The room a person means by a name or id, compared without case, accents, spaces or punctuation. */
  public Optional<Room> findByName(String name) {
    String wanted = matchKey(name);
    return rooms.stream()
        .filter(room -> matchKey(room.name()).equals(wanted) || matchKey(room.id().value()).equals(wanted))
        .findFirst();
  }

  /** A room name folded for matching: "K.1.105 (La Fontaine)" and "k1105 la fontaine" are the same. */
  public static String matchKey(String name) {
    if (isAscii(name)) {
      return asciiMatchKey(name);
    }
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  /** Plain ASCII, which decomposition leaves as it is: its key needs no normalising and no regular expression. */
  private static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String asciiMatchKey(String name) {
    StringBuilder key = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        key.append((char) (c + ('a' - 'A')));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        key.append(c);
      }
    }
    return key.toString();
  }
}
