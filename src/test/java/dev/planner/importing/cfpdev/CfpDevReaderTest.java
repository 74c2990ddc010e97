package dev.planner.importing.cfpdev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planner.importing.Diagnostic;
import dev.planner.importing.FixtureSources;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.Source;
import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CfpDevReaderTest {
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private final CfpDevReader reader = new CfpDevReader();

  private Schedule read() {
    return reader.read(FixtureSources.load("cfpdev-like.json"), ReadOptions.NONE).schedule();
  }

  private static Session session(Schedule schedule, String id) {
    return schedule.session(new SessionId(id)).orElseThrow();
  }

  private static Room room(Schedule schedule, String name) {
    return schedule.venue().rooms().stream().filter(room -> room.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void roomsKeepTheirSeatCountsAsOfficialCapacities() {
    Schedule schedule = read();

    assertThat(room(schedule, "Hall 1").capacity()).isEqualTo(600);
    assertThat(room(schedule, "Hall 1").capacitySource()).isEqualTo(CapacitySource.OFFICIAL);
    assertThat(room(schedule, "Room 3").capacity()).isEqualTo(120);
    assertThat(room(schedule, "BOF A").capacitySource()).isEqualTo(CapacitySource.DEFAULT);
  }

  @Test
  void totalFavouritesBecomeTheFavouritesSignal() {
    Schedule schedule = read();

    assertThat(session(schedule, "104").signals().favourites()).isEqualTo(OptionalInt.of(64));
    assertThat(session(schedule, "101").signals().favourites()).isEqualTo(OptionalInt.of(210));
    assertThat(session(schedule, "107").signals().isEmpty()).isTrue();
  }

  @Test
  void anOverflowSlotIsNotATalkButARoomNamedOnItsMainSession() {
    Schedule schedule = read();

    assertThat(schedule.session(new SessionId("102"))).isEmpty();
    assertThat(schedule.sessions().stream().filter(s -> s.title().startsWith("Opening"))).hasSize(1);
    assertThat(session(schedule, "101").tags()).containsExactly("Build", "overflow room: Room 3");
  }

  @Test
  void anOverflowSlotWithoutItsMainSlotIsReadAsTheTalkWithAWarning() {
    String json = """
        [{"id": 7, "fromDate": "2025-06-02T07:00:00Z", "toDate": "2025-06-02T07:45:00Z", "overflow": true,
          "room": {"name": "Room 9", "capacity": 90}, "sessionType": {"name": "Conference", "isPause": false},
          "proposal": {"id": 1, "title": "Relayed"}, "timezone": "Europe/Brussels", "totalFavourites": 3}]""";
    ReadResult result = reader.read(Source.ofText("relay.json", json), ReadOptions.NONE);

    assertThat(result.schedule().sessions()).extracting(Session::title).containsExactly("Relayed");
    assertThat(result.warnings()).extracting(Diagnostic::message).anyMatch(message -> message.contains("has no main slot"));
  }

  @Test
  void pausesAreBreaksAndMealsThatNothingPlans() {
    Schedule schedule = read();

    assertThat(session(schedule, "103").type()).isEqualTo(SessionType.BREAK);
    assertThat(session(schedule, "103").title()).isEqualTo("Coffee Break");
    assertThat(session(schedule, "107").type()).isEqualTo(SessionType.MEAL);
  }

  @Test
  void utcInstantsAreShownInTheZoneTheSlotsName() {
    Schedule schedule = read();

    assertThat(schedule.zone()).isEqualTo(BRUSSELS);
    assertThat(session(schedule, "104").start()).isEqualTo(ZonedDateTime.of(2025, 6, 2, 10, 5, 0, 0, BRUSSELS));
  }

  @Test
  void theUsersZoneWinsOverTheSlots() {
    Schedule schedule = reader.read(FixtureSources.load("cfpdev-like.json"), FixtureSources.zone("Europe/London")).schedule();

    assertThat(session(schedule, "104").start()).isEqualTo(ZonedDateTime.of(2025, 6, 2, 9, 5, 0, 0, ZoneId.of("Europe/London")));
  }

  @Test
  void descriptionsBecomePlainTextAndASummaryStandsInForAMissingOne() {
    Schedule schedule = read();

    assertThat(session(schedule, "101").abstractText()).isEqualTo("How we got here & where we go.\n\nA short history.");
    assertThat(session(schedule, "105").abstractText()).isEqualTo("Traces, metrics and logs for a small team.");
  }

  @Test
  void readsTracksSpeakersTypesAndTheConferenceName() {
    Schedule schedule = read();

    assertThat(schedule.conference()).isEqualTo("Example Dev Days 2025");
    assertThat(session(schedule, "104").track()).isEqualTo("Languages");
    assertThat(session(schedule, "105").track()).isEqualTo("Cloud");
    assertThat(session(schedule, "104").title()).isEqualTo("Pattern Matching in Practice");
    assertThat(session(schedule, "104").speakers()).extracting(speaker -> speaker.name()).containsExactly("Bo Sample");
    assertThat(session(schedule, "101").type()).isEqualTo(SessionType.KEYNOTE);
    assertThat(session(schedule, "104").type()).isEqualTo(SessionType.TALK);
    assertThat(session(schedule, "106").type()).isEqualTo(SessionType.WORKSHOP);
    assertThat(session(schedule, "108").type()).isEqualTo(SessionType.LIGHTNING);
  }

  @Test
  void readsSeveralDaysAsAListOfDaysOrAnObjectOfThem() {
    String day = """
        [{"id": %d, "fromDate": "2025-06-0%dT07:00:00Z", "toDate": "2025-06-0%dT07:50:00Z",
          "room": {"name": "Room 2", "capacity": 300}, "sessionType": {"name": "Conference", "isPause": false},
          "proposal": {"id": %d, "title": "Talk %d"}, "timezone": "Europe/Brussels", "totalFavourites": 5}]""";
    String first = day.formatted(1, 2, 2, 1, 1);
    String second = day.formatted(2, 3, 3, 2, 2);

    Schedule listed = reader.read(Source.ofText("days.json", "[" + first + "," + second + "]"), ReadOptions.NONE).schedule();
    Schedule named = reader.read(Source.ofText("days.json",
        "{\"monday\": " + first + ", \"tuesday\": " + second + "}"), ReadOptions.NONE).schedule();

    assertThat(listed.days()).hasSize(2);
    assertThat(named.sessions()).extracting(Session::title).containsExactly("Talk 1", "Talk 2");
  }

  @Test
  void aSlotThatIsNoMappingIsAnErrorAtItsLine() {
    assertThatThrownBy(() -> reader.read(Source.ofText("bad.json", "[\n  42\n]"), ReadOptions.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bad.json:2")
        .hasMessageContaining("a slot must be a mapping");
  }
}
