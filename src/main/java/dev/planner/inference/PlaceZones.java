package dev.planner.inference;

import dev.planner.model.Venue;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the time zone of a place a feed names: a city that is the last part of one of the JDK's zone
 * ids ("Amsterdam" → Europe/Amsterdam, "Los Angeles" → America/Los_Angeles), or a city, region or
 * country of the reference table of places. Names are compared as {@link Venue#matchKey} does.
 */
final class PlaceZones {
  private static Map<String, ZoneId> jdkCities;

  private final Map<String, ZoneId> places;

  PlaceZones(Map<String, ZoneId> referencePlaces) {
    places = new HashMap<>();
    referencePlaces.forEach((place, zone) -> places.put(Venue.matchKey(place), zone));
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
    ZoneId listed = places.get(key);
    if (listed != null) {
      return Optional.of(listed);
    }
    return Optional.ofNullable(jdkCities().get(key));
  }

  /** A zone and the name that gave it. */
  record Found(ZoneId zone, String name) {}

  /** City names of the JDK's region ids; the first id in sorted order wins a shared name. */
  private static synchronized Map<String, ZoneId> jdkCities() {
    if (jdkCities == null) {
      Map<String, ZoneId> byCity = new HashMap<>();
      for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
        List<String> parts = List.of(id.split("/"));
        if (parts.size() < 2 || parts.get(0).equals("Etc") || parts.get(0).equals("SystemV")) {
          continue;
        }
        byCity.putIfAbsent(Venue.matchKey(parts.get(parts.size() - 1).replace('_', ' ')), ZoneId.of(id));
      }
      jdkCities = byCity;
    }
    return jdkCities;
  }
}
