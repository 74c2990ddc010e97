package dev.planner.importing.yaml;

import dev.planner.importing.Diagnostic;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planner.TestFiles;
import dev.planner.model.CapacitySource;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.Speaker;
import dev.planner.rendering.YamlScheduleWriter;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlScheduleReaderTest {
  private final YamlScheduleReader reader = new YamlScheduleReader();

  private ReadResult read(String yaml) {
    return reader.read(Source.ofText("test.yaml", yaml), ReadOptions.NONE);
  }

  private static String schedule(String sessions) {
    return String.join("\n",
        "conference: Conf",
        "timezone: Europe/Paris",
        "attendees: 500",
        "venue:",
        "  rooms:",
        "    - id: a",
        "      name: Room A",
        "      capacity: 100",
        "    - id: b",
        "      name: Room B",
        "sessions:",
        sessions,
        "");
  }

  private static List<String> errors(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }
    throw new AssertionError("expected an InvalidInputException");
  }

  @Test
  void readsTheSmallTestSchedule() throws Exception {
    Source source = new Source("small.yaml", Files.readAllBytes(TestFiles.resource("schedules/small.yaml")));
    ReadResult result = reader.read(source, ReadOptions.NONE);
    Schedule schedule = result.schedule();
    assertThat(result.warnings()).isEmpty();
    assertThat(schedule.conference()).isEqualTo("Test Conf 2024");
    assertThat(schedule.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(schedule.attendees()).isEqualTo(900);
    assertThat(schedule.venue().rooms()).hasSize(3);
    assertThat(schedule.venue().rooms().get(2).capacitySource()).isEqualTo(CapacitySource.ESTIMATE);
    assertThat(schedule.sessions()).hasSize(7);
    Session crossplane = schedule.session(new SessionId("d1-crossplane")).orElseThrow();
    assertThat(crossplane.start()).isEqualTo(ZonedDateTime.parse("2024-03-20T10:15+01:00[Europe/Paris]"));
    assertThat(crossplane.speakers()).containsExactly(new Speaker("Grace Hopper", "Navy Labs"));
    assertThat(crossplane.tags()).containsExactly("crossplane", "platform");
  }

  @Test
  void anUnknownRoomIsAnErrorAtItsLine() {
    String yaml = schedule("  - id: x\n    title: X\n    start: 2024-03-20T10:00\n    end: 2024-03-20T10:30\n    room: c");
    assertThat(errors(() -> read(yaml))).containsExactly("test.yaml:16:11: error: session 'x' is in unknown room 'c'");
  }

  @Test
  void anEndBeforeTheStartIsAnErrorAtTheEndField() {
    String yaml = schedule("  - id: x\n    title: X\n    start: 2024-03-20T10:00\n    end: 2024-03-20T09:30\n    room: a");
    assertThat(errors(() -> read(yaml))).singleElement().asString()
        .startsWith("test.yaml:15:10: error: session 'x' ends at 2024-03-20T09:30");
  }

  @Test
  void aDuplicateIdIsAnErrorNamingTheFirstLine() {
    String one = "  - {id: x, title: X, start: 2024-03-20T10:00, end: 2024-03-20T10:30, room: a}";
    String two = "  - {id: x, title: Y, start: 2024-03-20T11:00, end: 2024-03-20T11:30, room: b}";
    assertThat(errors(() -> read(schedule(one + "\n" + two))))
        .containsExactly("test.yaml:13:5: error: duplicate session id 'x' (first at line 12)");
  }

  @Test
  void anUnknownZoneIsAnError() {
    String yaml = schedule("  []").replace("Europe/Paris", "Europe/Atlantis");
    assertThat(errors(() -> read(yaml))).singleElement().asString()
        .startsWith("test.yaml:2:11: error: 'timezone' of the schedule must be an IANA time zone");
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() {
    String yaml = schedule(String.join("\n",
        "  - {id: x, title: X, start: 2024-03-20T10:00, end: 2024-03-20T10:30, room: nowhere}",
        "  - {id: y, title: Y, start: yesterday, end: 2024-03-20T10:30, room: a}",
        "  - {id: z, start: 2024-03-20T10:00, end: 2024-03-20T10:30, room: a, type: party}"));
    assertThat(errors(() -> read(yaml))).hasSize(4);
  }

  @Test
  void twoSessionsInOneRoomAtOnceIsOnlyAWarning() {
    String yaml = schedule(String.join("\n",
        "  - {id: x, title: X, start: 2024-03-20T10:00, end: 2024-03-20T10:30, room: a}",
        "  - {id: y, title: Y, start: 2024-03-20T10:15, end: 2024-03-20T10:45, room: a}"));
    ReadResult result = read(yaml);
    assertThat(result.schedule().sessions()).hasSize(2);
    assertThat(result.warnings()).extracting(Diagnostic::format)
        .containsExactly("test.yaml:13: warning: session 'y' overlaps 'x' in room 'a'");
  }

  @Test
  void unknownKeysAreWarnedAboutNotIgnoredSilently() {
    String yaml = schedule("  - {id: x, title: X, start: 2024-03-20T10:00, end: 2024-03-20T10:30, room: a, speeker: Bob}");
    assertThat(read(yaml).warnings()).singleElement().extracting(Diagnostic::message).asString()
        .startsWith("unknown key 'speeker' in a session");
  }

  @Test
  void syntaxErrorsNameTheLine() {
    assertThat(errors(() -> read("conference: [unclosed\ntimezone: Europe/Paris\n"))).singleElement().asString()
        .startsWith("test.yaml:").contains("syntax error");
  }

  @Test
  void theTimezoneOptionWinsOverTheFile() {
    String yaml = schedule("  - {id: x, title: X, start: 2024-03-20T10:00, end: 2024-03-20T10:30, room: a}");
    Schedule schedule = reader.read(Source.ofText("t.yaml", yaml),
        new ReadOptions(java.util.Optional.of(ZoneId.of("America/New_York")), java.util.OptionalInt.of(42))).schedule();
    assertThat(schedule.zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(schedule.attendees()).isEqualTo(42);
    assertThat(schedule.sessions().get(0).start().getHour()).isEqualTo(10);
  }

  @Test
  void writingThenReadingGivesAnEqualSchedule() throws Exception {
    Source source = new Source("small.yaml", Files.readAllBytes(TestFiles.resource("schedules/small.yaml")));
    Schedule original = reader.read(source, ReadOptions.NONE).schedule();
    String written = new YamlScheduleWriter().write(original);
    Schedule again = reader.read(Source.ofText("again.yaml", written), ReadOptions.NONE).schedule();
    assertThat(again).isEqualTo(original);
    assertThat(new YamlScheduleWriter().write(again)).isEqualTo(written);
  }

  @Test
  void anAmbiguousAutumnTimeKeepsItsOffsetThroughARoundTrip() {
    String yaml = schedule(String.join("\n",
        "  - {id: x, title: X, start: '2024-10-27T02:30+01:00', end: '2024-10-27T02:50+01:00', room: a}"));
    Schedule original = read(yaml).schedule();
    String written = new YamlScheduleWriter().write(original);
    assertThat(written).contains("2024-10-27T02:30+01:00");
    assertThat(read(written).schedule()).isEqualTo(original);
  }

  @Test
  void anEmptyFileIsAnError() {
    assertThatThrownBy(() -> read("")).isInstanceOf(InvalidInputException.class).hasMessageContaining("must be a mapping");
  }
}
