package dev.planner.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.importing.ReferenceTablesReader;
import dev.planner.inference.ReferenceTables.VenueRoom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the shipped reference tables valid: every fact has its source, every place a zone. */
class ReferenceTablesTest {
  private final ReferenceTables tables = ReferenceTablesReader.bundled();
  private final PlaceZones places = new PlaceZones(tables);

  @Test
  void everyAttendanceFigureNamesTheAddressItWasPublishedAt() {
    assertThat(tables.editions()).isNotEmpty().allSatisfy(edition -> {
      assertThat(edition.source()).as(edition.series() + " " + edition.year()).matches("https?://\\S+");
      assertThat(edition.year()).isBetween(1990, 2100);
    });
  }

  @Test
  void everySeriesMatchesItsOwnName() {
    assertThat(tables.editions()).allSatisfy(edition ->
        assertThat(edition.match().matcher(edition.series() + " " + edition.year()).find()
            || edition.match().matcher(edition.series().toLowerCase(java.util.Locale.ROOT)).find())
            .as(edition.series()).isTrue());
  }

  @Test
  void theEditionsOfOneExpressionComeTogetherAndShareItCompiledOnce() {
    Map<String, Pattern> byExpression = new HashMap<>();
    String previous = null;
    Set<String> finished = new HashSet<>();
    for (ReferenceTables.Edition edition : tables.editions()) {
      String expression = edition.match().pattern();
      assertThat(byExpression.putIfAbsent(expression, edition.match())).as(expression).isIn(null, edition.match());
      if (!expression.equals(previous)) {
        assertThat(finished.add(expression)).as("rows of %s one after another", expression).isTrue();
      }
      previous = expression;
    }
  }

  @Test
  void everyEditionIsHeldInAPlaceWithAKnownZoneAndAtAKnownVenue() {
    Set<String> venues = tables.venueRooms().stream().map(VenueRoom::venue).collect(Collectors.toSet());
    assertThat(tables.editions()).allSatisfy(edition -> {
      assertThat(places.zoneOfName(edition.city())).as(edition.city()).isPresent();
      assertThat(edition.venue().isEmpty() || venues.contains(edition.venue())).as(edition.venue()).isTrue();
    });
  }

  @Test
  void everyVenueRoomNamesItsSourceAndAPlausibleSeatCount() {
    assertThat(tables.venueRooms()).isNotEmpty().allSatisfy(room -> {
      assertThat(room.source()).as(room.venue() + " " + room.room()).matches("https?://\\S+");
      assertThat(room.capacity()).isBetween(5, 50_000);
    });
  }

  @Test
  void everyPlaceNamesAZoneTheJdkKnows() {
    assertThat(tables.places()).isNotEmpty().allSatisfy((place, zone) ->
        assertThat(java.time.ZoneId.of(zone).getId()).as(place).isEqualTo(zone));
  }

  @Test
  void citiesTheJdkNamesAndPlacesOfTheTableBothFindTheirZone() {
    assertThat(places.zoneOfName("Amsterdam")).hasValueSatisfying(zone -> assertThat(zone.getId()).isEqualTo("Europe/Amsterdam"));
    assertThat(places.zoneOfName("Los Angeles")).hasValueSatisfying(zone -> assertThat(zone.getId()).isEqualTo("America/Los_Angeles"));
    assertThat(places.zoneOf("Hall 12, Amsterdam, Netherlands")).hasValueSatisfying(found -> assertThat(found.name()).isEqualTo("Amsterdam"));
    assertThat(places.zoneOfName("Netherlands")).hasValueSatisfying(zone -> assertThat(zone.getId()).isEqualTo("Europe/Amsterdam"));
    assertThat(places.zoneOfName("Nowhere Special")).isEmpty();
  }

  @Test
  void aSchedFeedOfKubeConEuropeIsFoundInTheRegistry() {
    FeedClues clues = new FeedClues(java.util.Optional.empty(), false, java.util.OptionalInt.empty(),
        java.util.List.of("kccnceu2026", "-//Sched.com KubeCon + CloudNativeCon Europe 2026//EN"), java.util.List.of());
    assertThat(tables.editions()).anyMatch(edition -> edition.match().matcher(String.join(" | ", clues.identity()).toLowerCase(java.util.Locale.ROOT)).find()
        && edition.series().contains("Europe"));
  }
}
