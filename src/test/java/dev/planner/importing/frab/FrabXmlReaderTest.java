package dev.planner.importing.frab;

import dev.planner.importing.Diagnostic;
import dev.planner.importing.FixtureSources;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import dev.planner.model.Speaker;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class FrabXmlReaderTest {
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  private final FrabXmlReader reader = new FrabXmlReader();

  private Schedule read() {
    return reader.read(FixtureSources.load("frab-no-dates.xml"), FixtureSources.zone("Europe/Brussels")).schedule();
  }

  private static Session session(Schedule schedule, String id) {
    return schedule.session(new SessionId(id)).orElseThrow();
  }

  @Test
  void readsDaysRoomsAndEventsWithTheDatesOfTheirDay() {
    Schedule schedule = read();

    assertThat(schedule.conference()).isEqualTo("Dune Days 2024");
    assertThat(schedule.sessions()).hasSize(5);
    assertThat(schedule.venue().rooms()).extracting(room -> room.name())
        .containsExactly("K.1.105 (La Fontaine)", "H.2215 (Ferrer)");
    assertThat(schedule.sessions().stream().flatMap(session -> session.speakers().stream()).distinct()).hasSize(6);
    Session opening = session(schedule, "101");
    assertThat(opening.start()).isEqualTo(ZonedDateTime.of(2024, 2, 3, 9, 30, 0, 0, BRUSSELS));
    assertThat(opening.end().toLocalTime()).hasToString("09:55");
    assertThat(opening.title()).isEqualTo("Opening - Welcome to the Dunes");
    assertThat(opening.type()).isEqualTo(SessionType.KEYNOTE);
    assertThat(opening.speakers()).containsExactly(Speaker.named("Paul Atreides"), Speaker.named("Jessica Nerus"));
    assertThat(opening.abstractText()).isEqualTo("Where the sand & the code meet.");
  }

  @Test
  void putsEventsAfterMidnightOnTheNextDateButKeepsLateEveningOnes() {
    Schedule schedule = read();

    assertThat(session(schedule, "104").start()).isEqualTo(ZonedDateTime.of(2024, 2, 5, 0, 30, 0, 0, BRUSSELS));
    Session nightShift = session(schedule, "102");
    assertThat(nightShift.start()).isEqualTo(ZonedDateTime.of(2024, 2, 3, 23, 30, 0, 0, BRUSSELS));
    assertThat(nightShift.end()).isEqualTo(ZonedDateTime.of(2024, 2, 4, 1, 0, 0, 0, BRUSSELS));
  }

  @Test
  void readsTypesTracksAndUrls() {
    Schedule schedule = read();

    Session lightning = session(schedule, "103");
    assertThat(lightning.type()).isEqualTo(SessionType.LIGHTNING);
    assertThat(lightning.track()).isEqualTo("Lightning Talks");
    assertThat(lightning.url()).isEqualTo("https://dunedays.example/2024/103");
    assertThat(session(schedule, "102").type()).isEqualTo(SessionType.WORKSHOP);
    assertThat(session(schedule, "105").type()).isEqualTo(SessionType.TALK);
  }

  @Test
  void leavesTheZoneToInferenceKeepingTheWallClockWhenTheFileNamesNone() {
    ReadResult result = reader.read(FixtureSources.load("frab-no-dates.xml"), ReadOptions.NONE);

    assertThat(result.clues().zone()).isEmpty();
    assertThat(result.clues().wallClockTimes()).isTrue();
    assertThat(result.schedule().sessions()).allSatisfy(session -> assertThat(session.start().getZone()).isEqualTo(ZoneId.of("UTC")));
  }

  @Test
  void takesTheZoneFromTimeZoneNameWhenTheFileHasOne() {
    String xml = """
        <schedule>
          <conference><title>Z</title><time_zone_name>Europe/Paris</time_zone_name></conference>
          <day date="2024-05-01"><room name="A"><event id="1"><start>10:00</start><duration>00:30</duration><title>T</title></event></room></day>
        </schedule>
        """;

    Schedule schedule = reader.read(Source.ofText("z.xml", xml), ReadOptions.NONE).schedule();

    assertThat(schedule.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(schedule.sessions().get(0).start().getOffset().getTotalSeconds()).isEqualTo(7200);
  }

  @Test
  void refusesDtdsSoNoEntityIsEverExpanded() {
    String xml = """
        <?xml version="1.0"?>
        <!DOCTYPE schedule [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <schedule><conference><title>&secret;</title></conference></schedule>
        """;

    assertThatThrownBy(() -> reader.read(Source.ofText("evil.xml", xml), FixtureSources.zone("UTC")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("evil.xml:2:")
        .hasMessageContaining("DTDs are not accepted");
  }

  @Test
  void reportsEveryBadEventWithItsLine() {
    String xml = """
        <schedule>
          <conference><title>Z</title></conference>
          <day date="2024-05-01"><room name="A">
            <event id="1"><start>25:99</start><duration>00:30</duration><title>T</title></event>
            <event id="2"><start>10:00</start><title>No duration</title></event>
          </room></day>
        </schedule>
        """;

    assertThatThrownBy(() -> reader.read(Source.ofText("bad.xml", xml), FixtureSources.zone("UTC")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::format)
            .containsExactly(
                "bad.xml:4: error: '25:99' is not a time such as 09:30",
                "bad.xml:5: error: event has no <duration>"));
  }
}
