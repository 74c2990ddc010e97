package dev.planner.importing;

import dev.planner.importing.ical.IcalScheduleReader;
import dev.planner.importing.yaml.YamlScheduleReader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.cli.CliRun;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Times are read in the conference's zone, never the machine's: across daylight-saving changes, from
 * UTC feeds, from floating times and past midnight. The build runs this class again under
 * Pacific/Auckland and America/Los_Angeles as the default zone (see the pom).
 */
class ScheduleTimeZoneTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ReadOptions IN_PARIS = new ReadOptions(Optional.of(PARIS), OptionalInt.empty());

  @TempDir Path temporary;

  /** A Paris conference spanning both 2024 changes: 31 March loses 02:00-03:00, 27 October repeats it. */
  private static final String DAYLIGHT_SAVING_SCHEDULE = """
      conference: Clock Change Conf
      timezone: Europe/Paris
      attendees: 200
      venue:
        rooms:
          - {id: hall, name: Hall, capacity: 100}
      sessions:
        - {id: before-spring, title: Winter Time, start: 2024-03-30T10:00, end: 2024-03-30T11:00, room: hall}
        - {id: over-spring, title: Across The Gap, start: 2024-03-31T01:30, end: 2024-03-31T03:30, room: hall}
        - {id: in-the-gap, title: Hour That Never Was, start: 2024-03-31T02:30, end: 2024-03-31T04:00, room: hall}
        - {id: over-autumn, title: Across The Repeat, start: 2024-10-27T01:30, end: 2024-10-27T03:30, room: hall}
        - {id: repeat-first, title: First Half Past Two, start: 2024-10-27T02:30, end: 2024-10-27T02:50, room: hall}
        - {id: repeat-second, title: Second Half Past Two, start: 2024-10-27T02:30+01:00, end: 2024-10-27T02:50+01:00, room: hall}
      """;

  private static Schedule yaml(String text) {
    return new YamlScheduleReader().read(Source.ofText("clock.yaml", text), ReadOptions.NONE).schedule();
  }

  private static Session session(Schedule schedule, String id) {
    return schedule.session(new SessionId(id)).orElseThrow();
  }

  @Test
  void aSessionAcrossTheSpringGapLastsItsRealLength() {
    Session session = session(yaml(DAYLIGHT_SAVING_SCHEDULE), "over-spring");

    assertThat(session.start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    assertThat(session.end().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    assertThat(session.duration()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aLocalTimeInTheSpringGapMovesForwardByTheGap() {
    Session session = session(yaml(DAYLIGHT_SAVING_SCHEDULE), "in-the-gap");

    assertThat(session.start().toInstant()).isEqualTo(Instant.parse("2024-03-31T01:30:00Z"));
    assertThat(session.start().toLocalTime()).hasToString("03:30");
  }

  @Test
  void aSessionAcrossTheAutumnRepeatLastsItsRealLength() {
    assertThat(session(yaml(DAYLIGHT_SAVING_SCHEDULE), "over-autumn").duration()).isEqualTo(Duration.ofHours(3));
  }

  @Test
  void theRepeatedHourIsTheEarlierOneUnlessAnOffsetSaysOtherwise() {
    Schedule schedule = yaml(DAYLIGHT_SAVING_SCHEDULE);

    assertThat(session(schedule, "repeat-first").start().toInstant()).isEqualTo(Instant.parse("2024-10-27T00:30:00Z"));
    assertThat(session(schedule, "repeat-second").start().toInstant()).isEqualTo(Instant.parse("2024-10-27T01:30:00Z"));
    assertThat(session(schedule, "repeat-second").start().getZone()).isEqualTo(PARIS);
  }

  @Test
  void daysAreTheConferencesOwnDays() {
    assertThat(yaml(DAYLIGHT_SAVING_SCHEDULE).days()).containsExactly(
        LocalDate.of(2024, 3, 30), LocalDate.of(2024, 3, 31), LocalDate.of(2024, 10, 27));
  }

  @Test
  void aUtcFeedIsShownInTheConferencesZoneAndItsDays() {
    String ics = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//clock test//EN
        BEGIN:VEVENT
        UID:late-utc
        DTSTART:20240320T233000Z
        DTEND:20240321T000000Z
        SUMMARY:Half Past Midnight In Paris
        LOCATION:Hall
        END:VEVENT
        END:VCALENDAR
        """;
    Schedule schedule = new IcalScheduleReader().read(Source.ofText("utc.ics", ics), IN_PARIS).schedule();
    Session session = schedule.sessions().get(0);

    assertThat(schedule.zone()).isEqualTo(PARIS);
    assertThat(session.start().toLocalDateTime()).hasToString("2024-03-21T00:30");
    assertThat(schedule.days()).containsExactly(LocalDate.of(2024, 3, 21));
  }

  @Test
  void floatingTimesAreTheConferencesLocalTimes() {
    String ics = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//clock test//EN
        BEGIN:VEVENT
        UID:floating
        DTSTART:20241027T023000
        DTEND:20241027T030000
        SUMMARY:Floating Half Past Two
        LOCATION:Hall
        END:VEVENT
        END:VCALENDAR
        """;
    Session session = new IcalScheduleReader().read(Source.ofText("floating.ics", ics), IN_PARIS)
        .schedule().sessions().get(0);

    assertThat(session.start().toLocalDateTime()).hasToString("2024-10-27T02:30");
    assertThat(session.start().getZone()).isEqualTo(PARIS);
  }

  @Test
  void aSessionCrossingMidnightBelongsToItsStartDay() {
    Schedule schedule = yaml("""
        conference: Night Conf
        timezone: Europe/Paris
        attendees: 50
        venue:
          rooms:
            - {id: hall, name: Hall, capacity: 100}
        sessions:
          - {id: late, title: Late Night Hack, start: 2024-03-20T23:30, end: 2024-03-21T00:30, room: hall}
        """);

    assertThat(schedule.days()).containsExactly(LocalDate.of(2024, 3, 20));
    assertThat(schedule.sessionsOn(LocalDate.of(2024, 3, 20))).extracting(Session::title).containsExactly("Late Night Hack");
    assertThat(schedule.sessionsOn(LocalDate.of(2024, 3, 21))).isEmpty();
  }

  @Test
  void theCommandLinePrintsTimesInTheConferencesZoneWhateverTheMachinesZone() throws IOException {
    Path file = temporary.resolve("clock.yaml");
    Files.writeString(file, DAYLIGHT_SAVING_SCHEDULE);

    CliRun.Result result = CliRun.planner().run("talks", "-s", file.toString(), "--day", "2024-10-27", "-f", "csv");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Across The Repeat").contains("01:30").doesNotContain("13:30");
  }
}
