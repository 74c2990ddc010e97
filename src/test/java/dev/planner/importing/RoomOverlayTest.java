package dev.planner.importing;

import dev.planner.importing.frab.FrabXmlReader;
import dev.planner.importing.frab.Schedule2Reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planner.model.Venue;
import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.Schedule;
import org.junit.jupiter.api.Test;

class RoomOverlayTest {
  private Schedule frab() {
    return new FrabXmlReader().read(FixtureSources.load("frab-no-dates.xml"), FixtureSources.zone("Europe/Brussels")).schedule();
  }

  @Test
  void readsRoomCapacitiesFromTheOverlayMatchingNamesLooselyAsEstimates() {
    RoomOverlay.Result result = RoomOverlay.read(FixtureSources.load("room-capacities.csv")).apply(frab());

    assertThat(result.schedule().venue().rooms()).extracting(Room::name, Room::capacity, Room::capacitySource, Room::level)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("K.1.105 (La Fontaine)", 805, CapacitySource.ESTIMATE, "1"),
            org.assertj.core.groups.Tuple.tuple("H.2215 (Ferrer)", 288, CapacitySource.ESTIMATE, "2"));
    assertThat(result.withoutCapacity()).isEmpty();
    assertThat(result.warnings()).extracting(Diagnostic::format)
        .containsExactly("room-capacities.csv:4: warning: room 'Nowhere Hall' matches no room of the schedule");
    assertThat(result.schedule().sessions()).hasSize(5);
  }

  @Test
  void readsYamlWithASourceAndListsRoomsStillWithoutCapacity() {
    Schedule schedule = new Schedule2Reader().read(FixtureSources.load("schedule2-like.json"), ReadOptions.NONE).schedule();

    RoomOverlay.Result result = RoomOverlay.read(FixtureSources.load("room-capacities.yaml")).apply(schedule);

    assertThat(result.schedule().venue().rooms()).extracting(Room::name, Room::capacity, Room::capacitySource)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Hall One", 2600, CapacitySource.ESTIMATE),
            org.assertj.core.groups.Tuple.tuple("Hall Two", 900, CapacitySource.OFFICIAL),
            org.assertj.core.groups.Tuple.tuple("Open Stage", 120, CapacitySource.OFFICIAL));
    assertThat(result.schedule().venue().rooms().get(0).level()).isEqualTo("+2");
    assertThat(result.withoutCapacity()).isEmpty();
  }

  @Test
  void listsRoomsTheOverlayDoesNotCover() {
    Source csv = Source.ofText("rooms.csv", "K.1.105 (La Fontaine),805\n");

    RoomOverlay.Result result = RoomOverlay.read(csv).apply(frab());

    assertThat(result.withoutCapacity()).extracting(Room::name).containsExactly("H.2215 (Ferrer)");
  }

  @Test
  void reportsEveryBadLineWithItsNumber() {
    Source csv = Source.ofText("rooms.csv", "name,capacity\nJanson,lots\n,10\n\"Open,5\nAula,-3\nHall,5,1,guess\n");

    assertThatThrownBy(() -> RoomOverlay.read(csv))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics()).extracting(Diagnostic::format)
            .containsExactly(
                "rooms.csv:2: error: capacity of room 'Janson' must be a positive whole number, found 'lots'",
                "rooms.csv:3: error: room without a name",
                "rooms.csv:4: error: unclosed quote",
                "rooms.csv:5: error: capacity of room 'Aula' must be a positive whole number, found '-3'",
                "rooms.csv:6: error: more cells than columns (name,capacity)"));
  }

  @Test
  void comparesNamesWithoutCaseSpacesOrPunctuation() {
    assertThat(Venue.matchKey("K.1.105 (La Fontaine)")).isEqualTo(Venue.matchKey("k1105 la fontaine"));
    assertThat(Venue.matchKey("Hall Éclair")).isEqualTo("halleclair");
    assertThat(Venue.matchKey("Room 1")).isNotEqualTo(Venue.matchKey("Room 11"));
  }
}
