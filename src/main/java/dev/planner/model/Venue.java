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

  /**
   * Latin letters of European place and room names ("Zürich", "Łódź", "Timișoara") and, at the same
   * place in {@link #LATIN_KEYS}, what each leaves in a key: its base letter, lower case. A test
   * derives every one from decomposition.
   */
  static final String LATIN = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŊŋŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſȘșȚț";
  static final String LATIN_KEYS = "aaaaaaæceeeeiiiiðnoooooøuuuuyþßaaaaaaæceeeeiiiiðnoooooøuuuuyþyaaaaaaccccccccddđđeeeeeeeeeegggggggghhħħiiiiiiiiiıjjkkĸllllllllłłnnnnnnŋŋooooooœœrrrrrrssssssssttttŧŧuuuuuuuuuuuuwwyyyzzzzzzssstt";

  /** A room name folded for matching: "K.1.105 (La Fontaine)" and "k1105 la fontaine" are the same. */
  public static String matchKey(String name) {
    String quick = latinMatchKey(name);
    if (quick != null) {
      return quick;
    }
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  /**
   * The key of a name in ASCII and the Latin letters of {@link #LATIN}, character by character as
   * decomposition, the expressions and lower-casing make it, without loading the normaliser and its
   * tables; null for a name with any other character.
   */
  private static String latinMatchKey(String name) {
    StringBuilder key = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        key.append((char) (c + ('a' - 'A')));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        key.append(c);
      } else if (c >= 0x80) {
        int latin = LATIN.indexOf(c);
        if (latin < 0) {
          return null;
        }
        key.append(LATIN_KEYS.charAt(latin));
      }
    }
    return key.toString();
  }
}
