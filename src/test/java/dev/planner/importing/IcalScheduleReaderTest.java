package dev.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import dev.planner.model.Speaker;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

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
  void warnsAndUsesUtcWhenNeitherTheFeedNorTheUserNamesAZone() {
    ReadResult result = reader.read(FixtureSources.load("sched-like.ics"), ReadOptions.NONE);

    assertThat(result.schedule().zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(result.warnings()).extracting(Diagnostic::message).anyMatch(message -> message.contains("pass --timezone"));
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
}
