package dev.planner.importing.yaml;

import dev.planner.importing.Diagnostic;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.RoomId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the YAML reader reports what is wrong with a schedule: errors stop it, warnings do not. */
class YamlScheduleValidationTest {
  private static final String HEAD = """
      conference: Test Conf
      timezone: Europe/Paris
      attendees: 500
      """;

  private static final String ROOMS = """
      venue:
        rooms:
          - {id: big, name: Big Hall, capacity: 400}
          - {id: small, name: Small Room, capacity: 50}
      """;

  private static ReadResult read(String yaml) {
    return new YamlScheduleReader().read(Source.ofText("test.yaml", yaml), ReadOptions.NONE);
  }

  private static List<String> warnings(String yaml) {
    return read(yaml).warnings().stream().map(Diagnostic::format).toList();
  }

  private static List<String> errors(String yaml) {
    try {
      read(yaml);
    } catch (InvalidInputException e) {
      return e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }
    throw new AssertionError("expected the schedule to be rejected");
  }

  @Test
  void warnsWhenALongSessionOverlapsOneThatStartsAfterAShortOneEnded() {
    String yaml = HEAD + ROOMS + """
        sessions:
          - {id: tutorial, title: Tutorial, start: 2024-03-20T10:00, end: 2024-03-20T12:00, room: big}
          - {id: short, title: Short, start: 2024-03-20T10:30, end: 2024-03-20T10:45, room: big}
          - {id: later, title: Later, start: 2024-03-20T11:00, end: 2024-03-20T11:30, room: big}
        """;

    assertThat(warnings(yaml))
        .anyMatch(message -> message.contains("'short' overlaps 'tutorial'"))
        .anyMatch(message -> message.contains("'later' overlaps 'tutorial'"));
  }

  @Test
  void sessionsThatOnlyTouchAreNoDoubleBooking() {
    String yaml = HEAD + ROOMS + """
        sessions:
          - {id: one, title: One, start: 2024-03-20T10:00, end: 2024-03-20T10:30, room: big}
          - {id: two, title: Two, start: 2024-03-20T10:30, end: 2024-03-20T11:00, room: big}
          - {id: three, title: Three, start: 2024-03-20T10:00, end: 2024-03-20T11:00, room: small}
        """;

    assertThat(warnings(yaml)).isEmpty();
  }

  @Test
  void reportsAnUnknownWalkingRoomAtTheKeyThatNamesIt() {
    String yaml = HEAD + """
        venue:
          rooms:
            - {id: big, capacity: 400}
          walking:
            between:
              - from: big
                to: nowhere
                minutes: 4
        sessions:
          - {id: one, title: One, start: 2024-03-20T10:00, end: 2024-03-20T10:30, room: big}
        """;

    assertThat(errors(yaml)).containsExactly("test.yaml:10:13: error: walking time names unknown room 'nowhere'");
  }

  @Test
  void anUnknownKeyInAWalkingTimeIsAWarningLikeEveryOtherUnknownKey() {
    String yaml = HEAD + """
        venue:
          rooms:
            - {id: big, capacity: 400}
            - {id: small, capacity: 50}
          walking:
            between:
              - {from: big, to: small, minutes: 4, stairs: true}
        sessions:
          - {id: one, title: One, start: 2024-03-20T10:00, end: 2024-03-20T10:30, room: big}
        """;

    ReadResult result = read(yaml);

    assertThat(result.warnings()).singleElement().extracting(Diagnostic::message).asString()
        .startsWith("unknown key 'stairs' in a walking time");
    Room big = result.schedule().venue().room(new RoomId("big")).orElseThrow();
    Room small = result.schedule().venue().room(new RoomId("small")).orElseThrow();
    assertThat(result.schedule().venue().walking().minutes(big, small)).isEqualTo(4);
  }

  @Test
  void aRoomMarkedOfficialWithoutACapacityGetsTheDefaultAndSaysSo() {
    String yaml = HEAD + """
        venue:
          rooms:
            - {id: big, name: Big Hall, capacitySource: official}
        sessions:
          - {id: one, title: One, start: 2024-03-20T10:00, end: 2024-03-20T10:30, room: big}
        """;

    ReadResult result = read(yaml);

    Room big = result.schedule().venue().rooms().get(0);
    assertThat(big.capacity()).isEqualTo(Room.DEFAULT_CAPACITY);
    assertThat(big.capacitySource()).isEqualTo(CapacitySource.DEFAULT);
    assertThat(result.warnings()).singleElement().extracting(Diagnostic::message).asString()
        .contains("marked official but has no capacity");
  }

  @Test
  void aRoomWithAnEmptyNameIsNamedAfterItsId() {
    String yaml = HEAD + """
        venue:
          rooms:
            - {id: big, name: "", capacity: 400}
        sessions:
          - {id: one, title: One, start: 2024-03-20T10:00, end: 2024-03-20T10:30, room: big}
        """;

    assertThat(read(yaml).schedule().venue().rooms().get(0).name()).isEqualTo("big");
  }

  @Test
  void namesFileLineAndFieldForTheErrorsTheFormatDocumentDescribes() {
    String yaml = HEAD.replace("Europe/Paris", "Mars/Olympus") + ROOMS + """
        sessions:
          - {id: one, title: One, start: 2024-03-20T10:00, end: 2024-03-20T10:30, room: attic}
          - {id: two, title: Two, start: 2024-03-20T11:00, end: 2024-03-20T10:30, room: big}
          - {id: three, title: Three, start: 2024-03-20T12:00, end: 2024-03-20T12:30, room: big}
          - {id: three, title: Three again, start: 2024-03-20T13:00, end: 2024-03-20T13:30, room: big}
        """;

    assertThat(errors(yaml)).containsExactly(
        "test.yaml:2:11: error: 'timezone' of the schedule must be an IANA time zone such as Europe/Paris, found 'Mars/Olympus'",
        "test.yaml:9:81: error: session 'one' is in unknown room 'attic'",
        "test.yaml:10:57: error: session 'two' ends at 2024-03-20T10:30, not after its start 2024-03-20T11:00",
        "test.yaml:12:5: error: duplicate session id 'three' (first at line 11)");
  }

  @Test
  void reportsUnknownKeysOnlyAsWarnings() {
    String yaml = HEAD + "website: https://example.org\n" + ROOMS + """
        sessions:
          - {id: one, title: One, start: 2024-03-20T10:00, end: 2024-03-20T10:30, room: big, level: beginner}
        """;

    assertThat(warnings(yaml)).containsExactly(
        "test.yaml:4:1: warning: unknown key 'website' in the schedule (known: attendees, conference, sessions, timezone, venue)",
        "test.yaml:10:86: warning: unknown key 'level' in a session (known: abstract, end, id, room, signals, speakers, start, tags, title, track, type, url)");
  }
}
