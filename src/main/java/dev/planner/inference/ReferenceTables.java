package dev.planner.inference;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The public facts inference draws on, as shipped in {@code schedule/reference/}: attendance of
 * conference editions, seat counts of venue rooms, and places that are not a time-zone id's city,
 * with the id of their zone. The places are read when first asked for: only a feed that names no
 * zone needs them.
 */
public final class ReferenceTables {
  public static final ReferenceTables EMPTY = new ReferenceTables(List.of(), List.of(), Map.of());

  private final List<Edition> editions;
  private final List<VenueRoom> venueRooms;
  private final Supplier<Map<String, String>> placeTable;
  private Map<String, String> places;

  /** Tables with their places, each place's zone given by its id (Europe/Amsterdam). */
  public ReferenceTables(List<Edition> editions, List<VenueRoom> venueRooms, Map<String, String> places) {
    this(editions, venueRooms, new Given(places));
  }

  /** Tables whose places are read by {@code placeTable} the first time they are asked for. */
  public ReferenceTables(List<Edition> editions, List<VenueRoom> venueRooms, Supplier<Map<String, String>> placeTable) {
    this.editions = List.copyOf(editions);
    this.venueRooms = List.copyOf(venueRooms);
    this.placeTable = Objects.requireNonNull(placeTable, "placeTable");
  }

  public List<Edition> editions() {
    return editions;
  }

  public List<VenueRoom> venueRooms() {
    return venueRooms;
  }

  /** Places known from the start: a class rather than a lambda, which every run would pay to link. */
  private record Given(Map<String, String> places) implements Supplier<Map<String, String>> {
    @Override
    public Map<String, String> get() {
      return places;
    }
  }

  /** Place → the id of its zone; the ids are valid zone ids. */
  public synchronized Map<String, String> places() {
    if (places == null) {
      places = Map.copyOf(placeTable.get());
    }
    return places;
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
