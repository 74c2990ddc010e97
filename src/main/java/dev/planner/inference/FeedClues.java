package dev.planner.inference;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a feed says about itself beyond its sessions: the zone it declares (empty when it gives only
 * UTC or nothing), whether its times were wall-clock times without a zone, the attendance it gives,
 * the names it goes by (calendar name, PRODID, title, acronym, where it was read from) and the places
 * it names (a LOCATION's "City, Country", a frab city).
 */
public record FeedClues(
    Optional<ZoneId> zone, boolean wallClockTimes, OptionalInt attendees, List<String> identity, List<String> places) {

  public FeedClues {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(attendees, "attendees");
    identity = List.copyOf(identity);
    places = List.copyOf(places);
  }

  /** The clues of a feed that declares its zone and attendance, or of a schedule read without inference. */
  public static FeedClues declared(ZoneId zone, int attendees) {
    return new FeedClues(Optional.of(zone), false, OptionalInt.of(attendees), List.of(), List.of());
  }
}
