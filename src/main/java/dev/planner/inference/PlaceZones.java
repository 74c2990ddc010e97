package dev.planner.inference;

import dev.planner.model.Venue;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the time zone of a place a feed names: a city that is the last part of one of the JDK's zone
 * ids ("Amsterdam" → Europe/Amsterdam, "Los Angeles" → America/Los_Angeles), or a city, region or
 * country of the reference table of places. Names are compared as {@link Venue#matchKey} does.
 *
 * <p>Zones are kept by id and made into a {@link ZoneId} only when found: making one reads its
 * rules, which for the JDK's six hundred cities costs more than reading a whole feed.
 */
final class PlaceZones {
  private static Map<String, String> jdkCities;

  private final ReferenceTables tables;
  private Map<String, String> places;

  /** Zones of the JDK's cities and of the tables' places, which are read at the first look-up. */
  PlaceZones(ReferenceTables tables) {
    this.tables = tables;
  }

  /** The zone of the first part of "Room, City, Country" that names a place: the most particular wins. */
  Optional<Found> zoneOf(String place) {
    for (String part : place.split(",")) {
      Optional<ZoneId> zone = zoneOfName(part.strip());
      if (zone.isPresent()) {
        return Optional.of(new Found(zone.get(), part.strip()));
      }
    }
    return Optional.empty();
  }

  /** The zone of one name: a city, region or country. */
  Optional<ZoneId> zoneOfName(String name) {
    String key = Venue.matchKey(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String listed = places().get(key);
    if (listed != null) {
      return Optional.of(ZoneId.of(listed));
    }
    String city = jdkCities().get(key);
    return city == null ? Optional.empty() : Optional.of(ZoneId.of(city));
  }

  /** A zone and the name that gave it. */
  record Found(ZoneId zone, String name) {}

  private Map<String, String> places() {
    if (places == null) {
      Map<String, String> byKey = new HashMap<>();
      for (Map.Entry<String, String> place : tables.places().entrySet()) {
        byKey.put(Venue.matchKey(place.getKey()), place.getValue());
      }
      places = byKey;
    }
    return places;
  }

  /** City names of the JDK's region ids; the first id in sorted order wins a shared name. */
  private static synchronized Map<String, String> jdkCities() {
    if (jdkCities == null) {
      Map<String, String> byCity = new HashMap<>();
      for (String id : ZoneId.getAvailableZoneIds()) {
        int slash = id.lastIndexOf('/');
        if (slash < 0 || id.startsWith("Etc/") || id.startsWith("SystemV/")) {
          continue;
        }
        String city = Venue.matchKey(id.substring(slash + 1).replace('_', ' '));
        String known = byCity.get(city);
        if (known == null || id.compareTo(known) < 0) {
          byCity.put(city, id);
        }
      }
      jdkCities = byCity;
    }
    return jdkCities;
  }
}
