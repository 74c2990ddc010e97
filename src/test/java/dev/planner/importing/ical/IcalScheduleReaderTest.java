package dev.planner.importing.ical;

import dev.planner.importing.Diagnostic;
import dev.planner.importing.FixtureSources;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.Source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import dev.planner.model.Speaker;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcalScheduleReaderTest {
  private final IcalScheduleReader reader = new IcalScheduleReader();

  private Schedule sched(String zone) {
    return reader.read(FixtureSources.load("sched-like.ics"), FixtureSources.zone(zone)).schedule();
  }

  private static Session session(Schedule schedule, String uid) {
    return schedule.session(new SessionId(uid)).orElseThrow();
  }

  @Test
  void readsEverySchedEventWithItsRoomFromTheFirstPartOfTheLocation() {
    Schedule schedule = sched("Europe/Lisbon");

    assertThat(schedule.conference()).isEqualTo("Harbour Summit 2025");
    assertThat(schedule.sessions()).hasSize(7);
    assertThat(schedule.venue().rooms()).extracting(room -> room.name())
        .containsExactly("Entrance A", "Auditorium", "Room 1 | Level 2", "Room 2", "Foyer");
    assertThat(schedule.venue().rooms()).extracting(room -> room.id().value())
        .containsExactly("entrance-a", "auditorium", "room-1-level-2", "room-2", "foyer");
  }

  @Test
  void showsSchedsUtcTimesInTheZoneGivenByTimezone() {
    Session keynote = session(sched("Europe/Lisbon"), "a1000000000000000000000000000002");

    assertThat(keynote.start()).isEqualTo(ZonedDateTime.of(2025, 6, 10, 9, 0, 0, 0, ZoneId.of("Europe/Lisbon")));
    assertThat(keynote.end().toLocalTime()).hasToString("09:30");
  }

  @Test
  void leavesTheZoneToInferenceWithThePlacesAndNamesOfAUtcFeed() {
    ReadResult result = reader.read(FixtureSources.load("sched-like.ics"), ReadOptions.NONE);

    assertThat(result.schedule().zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(result.clues().zone()).isEmpty();
    assertThat(result.clues().wallClockTimes()).isFalse();
    assertThat(result.clues().places()).first().isEqualTo("Lisbon, Portugal");
    assertThat(result.clues().attendees()).isEmpty();
  }

  @Test
  void splitsSpeakersAfterTheLastDashAndKeepsDashesInTitles() {
    Schedule schedule = sched("Europe/Lisbon");

    Session twoOrganisations = session(schedule, "a1000000000000000000000000000003");
    assertThat(twoOrganisations.title()).isEqualTo("Zero Downtime - Really?");
    assertThat(twoOrganisations.speakers()).containsExactly(
        new Speaker("Ada Lovelace", "Analytical Works"), new Speaker("Charles Babbage", "Difference Engines Ltd"));

    Session threeGroups = session(schedule, "a1000000000000000000000000000004");
    assertThat(threeGroups.title()).isEqualTo("Mesh, Meet Queue: A Field Report");
    assertThat(threeGroups.speakers()).containsExactly(
        new Speaker("Alan Turing", "Bletchley Labs"), new Speaker("Joan Clarke", "Bletchley Labs"),
        new Speaker("Tommy Flowers", "Post Office Research"), new Speaker("Max Newman", "Manchester Uni"));

    Session noSpeakers = session(schedule, "a1000000000000000000000000000006");
    assertThat(noSpeakers.title()).isEqualTo("📚 Tutorial: Hands on the Helm - Bring Your Laptop");
    assertThat(noSpeakers.speakers()).isEmpty();
  }

  @Test
  void recognisesRegistrationBreaksMealsKeynotesAndTutorials() {
    Schedule schedule = sched("Europe/Lisbon");

    assertThat(session(schedule, "a1000000000000000000000000000001").type()).isEqualTo(SessionType.REGISTRATION);
    assertThat(session(schedule, "a1000000000000000000000000000002").type()).isEqualTo(SessionType.KEYNOTE);
    assertThat(session(schedule, "a1000000000000000000000000000003").type()).isEqualTo(SessionType.TALK);
    assertThat(session(schedule, "a1000000000000000000000000000005").type()).isEqualTo(SessionType.BREAK);
    assertThat(session(schedule, "a1000000000000000000000000000006").type()).isEqualTo(SessionType.TUTORIAL);
    assertThat(session(schedule, "a1000000000000000000000000000007").type()).isEqualTo(SessionType.MEAL);
  }

  @Test
  void decodesHtmlEntitiesAndTagsInDescriptionsAndKeepsTheTrack() {
    Session keynote = session(sched("Europe/Lisbon"), "a1000000000000000000000000000002");

    assertThat(keynote.abstractText()).isEqualTo("Opening words from the chair & a look ahead.");
    assertThat(keynote.track()).isEqualTo("KEYNOTE SESSIONS");
    assertThat(keynote.url()).isEqualTo("http://harbour2025.sched.com/event/a2");
    assertThat(session(sched("UTC"), "a1000000000000000000000000000003").abstractText())
        .isEqualTo("Rolling upgrades without tears.\nBring questions.");
  }

  @Test
  void readsPlainCalendarsWithVtimezoneFloatingTimesAndAttendeesAsSpeakers() {
    ReadResult result = reader.read(FixtureSources.load("plain-team.ics"), ReadOptions.NONE);
    Schedule schedule = result.schedule();
    ZoneId berlin = ZoneId.of("Europe/Berlin");

    assertThat(schedule.zone()).isEqualTo(berlin);
    assertThat(schedule.conference()).isEqualTo("Example Org");
    assertThat(schedule.sessions()).extracting(session -> session.id().value())
        .containsExactly("plain-1@example.org", "plain-2@example.org", "plain-3@example.org");
    Session review = session(schedule, "plain-1@example.org");
    assertThat(review.title()).isEqualTo("Design Review - Storage, Part 2");
    assertThat(review.start()).isEqualTo(ZonedDateTime.of(2025, 9, 15, 10, 0, 0, 0, berlin));
    assertThat(review.speakers()).containsExactly(Speaker.named("Dana Scully"), Speaker.named("Mulder, Fox"));
    assertThat(schedule.roomOf(review).name()).isEqualTo("Room Spree, Building B");
    Session floating = session(schedule, "plain-2@example.org");
    assertThat(floating.start()).isEqualTo(ZonedDateTime.of(2025, 9, 15, 14, 0, 0, 0, berlin));
    assertThat(floating.end().toLocalTime()).hasToString("14:45");
    Session utc = session(schedule, "plain-3@example.org");
    assertThat(utc.start().toLocalTime()).hasToString("17:00");
    assertThat(utc.type()).isEqualTo(SessionType.WORKSHOP);
    assertThat(schedule.venue().rooms()).hasSize(2);
    assertThat(result.warnings()).extracting(Diagnostic::message)
        .anyMatch(message -> message.startsWith("all-day event left out"))
        .anyMatch(message -> message.startsWith("cancelled event 'Cancelled Sync'"));
  }

  @Test
  void reportsTheLineOfAnUnparseableCalendar() {
    Source broken = Source.ofText("broken.ics", "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART\n");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read(broken, ReadOptions.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("broken.ics:")
        .hasMessageContaining("not valid iCalendar");
  }

  private static String event(String uid, String tzid, String start, String end) {
    return String.join("\r\n", "BEGIN:VEVENT", "UID:" + uid, "SUMMARY:Meeting " + uid,
        "DTSTART;TZID=\"" + tzid + "\":" + start, "DTEND;TZID=\"" + tzid + "\":" + end, "END:VEVENT");
  }

  private static String vtimezone(String tzid, String standardOffset, String daylightOffset, String standardStart,
      String standardRule, String daylightStart, String daylightRule) {
    return String.join("\r\n", "BEGIN:VTIMEZONE", "TZID:" + tzid,
        "BEGIN:STANDARD", "DTSTART:" + standardStart, "RRULE:" + standardRule,
        "TZOFFSETFROM:" + daylightOffset, "TZOFFSETTO:" + standardOffset, "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:" + daylightStart, "RRULE:" + daylightRule,
        "TZOFFSETFROM:" + standardOffset, "TZOFFSETTO:" + daylightOffset, "END:DAYLIGHT",
        "END:VTIMEZONE");
  }

  private Schedule calendarWith(String vtimezone, String... events) {
    String text = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example Mail//Desktop 16.0//EN",
        vtimezone, String.join("\r\n", events), "END:VCALENDAR") + "\r\n";
    return reader.read(Source.ofText("outlook.ics", text), ReadOptions.NONE).schedule();
  }

  /** Outlook's VTIMEZONEs: Windows names, rules from 1601; a time on each side of the spring change. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "W. Europe Standard Time | +0100 | +0200 | 16011028T030000 | FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"
          + " | 16010325T020000 | FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"
          + " | 2025-07-10T08:00:00Z | 2025-01-15T09:00:00Z | 20250329T100000 | 2025-03-29T09:00:00Z"
          + " | 20250330T100000 | 2025-03-30T08:00:00Z",
      "Pacific Standard Time | -0800 | -0700 | 16011104T020000 | FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"
          + " | 16010311T020000 | FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"
          + " | 2025-07-10T17:00:00Z | 2025-01-15T18:00:00Z | 20250308T100000 | 2025-03-08T18:00:00Z"
          + " | 20250310T100000 | 2025-03-10T17:00:00Z"})
  void followsAWindowsNamedVtimezoneWithYearlyRulesInSummerAndWinter(String tzid, String standardOffset,
      String daylightOffset, String standardStart, String standardRule, String daylightStart, String daylightRule,
      String summer, String winter, String beforeChange, String beforeChangeAt, String afterChange,
      String afterChangeAt) {
    Schedule schedule = calendarWith(
        vtimezone(tzid, standardOffset, daylightOffset, standardStart, standardRule, daylightStart, daylightRule),
        event("summer", tzid, "20250710T100000", "20250710T110000"),
        event("winter", tzid, "20250115T100000", "20250115T110000"),
        event("before-change", tzid, beforeChange, beforeChange.replace("T10", "T11")),
        event("after-change", tzid, afterChange, afterChange.replace("T10", "T11")));

    assertThat(session(schedule, "summer").start().toInstant()).hasToString(summer);
    assertThat(session(schedule, "winter").start().toInstant()).hasToString(winter);
    assertThat(session(schedule, "before-change").start().toInstant()).hasToString(beforeChangeAt);
    assertThat(session(schedule, "after-change").start().toInstant()).hasToString(afterChangeAt);
    assertThat(session(schedule, "summer").start().toLocalTime()).hasToString("10:00");
    assertThat(session(schedule, "winter").start().toLocalTime()).hasToString("10:00");
  }

  @Test
  void readsAVtimezoneWithoutRulesAsTheFixedOffsetOfItsStandardPart() {
    String fixed = String.join("\r\n", "BEGIN:VTIMEZONE", "TZID:India Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "END:STANDARD", "END:VTIMEZONE");

    Schedule schedule = calendarWith(fixed, event("talk", "India Standard Time", "20250710T100000", "20250710T110000"));

    assertThat(schedule.zone()).hasToString("+05:30");
    assertThat(session(schedule, "talk").start().toInstant()).hasToString("2025-07-10T04:30:00Z");
  }

  @Test
  void theConferenceIsNamedFromSchedsProductRatherThanItsCalendarCode() {
    String text = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "X-WR-CALNAME:dunecon2031",
        "PRODID:-//Sched.com DuneCon Europe 2031//EN", "X-WR-TIMEZONE:UTC", "BEGIN:VEVENT", "UID:a@example",
        "DTSTART:20310320T090000Z", "DTEND:20310320T100000Z", "SUMMARY:Sand", "LOCATION:Hall", "END:VEVENT",
        "END:VCALENDAR", "");

    ReadResult result = reader.read(Source.ofText("dune.ics", text), ReadOptions.NONE);

    assertThat(result.schedule().conference()).isEqualTo("DuneCon Europe 2031");
  }

  @Test
  void anEventWithoutLengthIsLeftOutWithAWarningThatSaysSo() {
    String text = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//example//EN",
        "X-WR-TIMEZONE:Europe/Paris", "BEGIN:VEVENT", "UID:demo@example", "DTSTART:20240320T151500Z",
        "DTEND:20240320T151500Z", "SUMMARY:Demo", "LOCATION:Hall", "END:VEVENT", "BEGIN:VEVENT", "UID:talk@example",
        "DTSTART:20240320T090000Z", "DTEND:20240320T100000Z", "SUMMARY:Talk", "LOCATION:Hall", "END:VEVENT",
        "END:VCALENDAR", "");

    ReadResult result = reader.read(Source.ofText("demo.ics", text), ReadOptions.NONE);

    assertThat(result.schedule().sessions()).hasSize(1);
    assertThat(result.warnings()).filteredOn(warning -> warning.format().contains("Demo")).singleElement()
        .satisfies(warning -> assertThat(warning.format())
            .contains("has no length (it ends when it starts, 2024-03-20 16:15); left out"));
  }

  @Test
  void anUnknownTzidIsReadInTheSchedulesZoneWithAWarning() {
    String text = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//example//EN",
        "X-WR-TIMEZONE:Europe/Paris", "BEGIN:VEVENT", "UID:mars@example", "DTSTART;TZID=Mars/Olympus:20240320T100000",
        "DTEND;TZID=Mars/Olympus:20240320T110000", "SUMMARY:Red Planet Ops", "LOCATION:Hall", "END:VEVENT",
        "END:VCALENDAR", "");

    ReadResult result = reader.read(Source.ofText("mars.ics", text), ReadOptions.NONE);

    assertThat(result.schedule().sessions().get(0).start().toOffsetDateTime())
        .hasToString("2024-03-20T10:00+01:00");
    assertThat(result.warnings()).anySatisfy(warning -> assertThat(warning.format())
        .contains("mars.ics:7:", "TZID 'Mars/Olympus' is not a known time zone; reading its times in Europe/Paris"));
  }

  @Test
  void refusesThirtiethFebruaryAtItsLine() {
    String text = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nSUMMARY:Talk\n"
        + "DTSTART:20260230T100000Z\nDTEND:20260228T110000Z\nEND:VEVENT\nEND:VCALENDAR\n";

    assertThat(refusal("feb.ics", text))
        .isEqualTo("feb.ics:6: error: DTSTART '20260230T100000Z' is not a date-time such as 20260324T101500Z");
  }

  @Test
  void refusesALineWithoutAColonAtItsLine() {
    String text = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nSUMMARY Talk\n"
        + "DTSTART:20260227T100000Z\nDTEND:20260227T110000Z\nEND:VEVENT\nEND:VCALENDAR\n";

    assertThat(refusal("colon.ics", text)).startsWith("colon.ics:5: error: not valid iCalendar: the line has no ':'");
  }

  private String refusal(String name, String text) {
    Source source = Source.ofText(name, text);
    InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
        () -> reader.read(source, ReadOptions.NONE));
    assertThat(refused).as("an input error").isNotNull();
    return refused.getMessage();
  }
}
