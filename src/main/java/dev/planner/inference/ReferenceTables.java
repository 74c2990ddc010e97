package dev.planner.inference;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The public facts inference draws on, as shipped in {@code schedule/reference/}: attendance of
 * conference editions, seat counts of venue rooms, and places that are not a time-zone id's city.
 */
public record ReferenceTables(List<Edition> editions, List<VenueRoom> venueRooms, Map<String, ZoneId> places) {
  public static final ReferenceTables EMPTY = new ReferenceTables(List.of(), List.of(), Map.of());

  public ReferenceTables {
    editions = List.copyOf(editions);
    venueRooms = List.copyOf(venueRooms);
    places = Map.copyOf(places);
  }

  /** One edition of a recurring conference with its published attendance and where it is published. */
  public record Edition(String series, Pattern match, int year, int attendees, String city, String venue, String source) {
    public Edition {
      Objects.requireNonNull(series, "series");
      Objects.requireNonNull(match, "match");
      if (attendees <= 0) {
        throw new IllegalArgumentException("attendees of " + series + " " + year + " must be positive");
      }
      Objects.requireNonNull(city, "city");
      Objects.requireNonNull(venue, "venue");
      Objects.requireNonNull(source, "source");
    }
  }

  /** A room of a venue with its published seat count; aliases are other names feeds give it. */
  public record VenueRoom(String venue, String city, String room, List<String> aliases, int capacity, String source) {
    public VenueRoom {
      Objects.requireNonNull(venue, "venue");
      Objects.requireNonNull(city, "city");
      Objects.requireNonNull(room, "room");
      aliases = List.copyOf(aliases);
      if (capacity <= 0) {
        throw new IllegalArgumentException("capacity of " + venue + " " + room + " must be positive");
      }
      Objects.requireNonNull(source, "source");
    }
  }
}
