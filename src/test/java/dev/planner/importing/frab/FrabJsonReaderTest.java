package dev.planner.importing.frab;

import dev.planner.importing.FixtureSources;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planner.model.CapacitySource;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import dev.planner.model.Speaker;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class FrabJsonReaderTest {
  private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
  private final FrabJsonReader reader = new FrabJsonReader();

  private static Session session(Schedule schedule, String id) {
    return schedule.session(new SessionId(id)).orElseThrow();
  }

  @Test
  void readsPretalxDaysAndRoomsWithTheConferencesZone() {
    Schedule schedule = reader.read(FixtureSources.load("pretalx-like.json"), ReadOptions.NONE).schedule();

    assertThat(schedule.conference()).isEqualTo("AlpCon");
    assertThat(schedule.zone()).isEqualTo(VIENNA);
    assertThat(schedule.sessions()).extracting(session -> session.id().value()).containsExactly("13", "11", "12", "21");
    assertThat(schedule.venue().rooms()).extracting(room -> room.id().value()).containsExactly("summit-hall", "valley-room");
    assertThat(schedule.venue().rooms()).allMatch(room -> room.capacitySource() == CapacitySource.DEFAULT);
    assertThat(schedule.sessions().stream().flatMap(session -> session.speakers().stream()).distinct()).hasSize(4);
  }

  @Test
  void readsTimesDurationsPersonsAndTypes() {
    Schedule schedule = reader.read(FixtureSources.load("pretalx-like.json"), ReadOptions.NONE).schedule();

    Session workshop = session(schedule, "12");
    assertThat(workshop.start()).isEqualTo(ZonedDateTime.of(2025, 4, 7, 10, 0, 0, 0, VIENNA));
    assertThat(workshop.end().toLocalTime()).hasToString("11:30");
    assertThat(workshop.type()).isEqualTo(SessionType.WORKSHOP);
    assertThat(workshop.speakers()).containsExactly(Speaker.named("Peter Alm"), Speaker.named("Klara Fels"));
    assertThat(workshop.abstractText()).isEqualTo("Bring data.");
    assertThat(session(schedule, "13").type()).isEqualTo(SessionType.LIGHTNING);
    assertThat(session(schedule, "11").abstractText()).isEqualTo("Cold data, & colder rooms.");
    assertThat(session(schedule, "11").url()).isEqualTo("https://pretalx.example/alpcon/talk/AAA111/");
  }

  @Test
  void showsTimesInTheZoneTheUserGives() {
    Schedule schedule = reader.read(FixtureSources.load("pretalx-like.json"), FixtureSources.zone("UTC")).schedule();

    assertThat(session(schedule, "11").start()).isEqualTo(ZonedDateTime.of(2025, 4, 7, 7, 0, 0, 0, ZoneId.of("UTC")));
  }

  @Test
  void takesDatesFromTheDayWhenEventsGiveOnlyAClockTime() {
    String json = """
        {"schedule": {"conference": {"title": "C", "days": [
          {"date": "2024-06-01", "rooms": {"Hall": [
            {"id": 1, "start": "10:00", "duration": "00:30", "title": "Morning"},
            {"id": 2, "start": "01:15", "duration": "00:30", "title": "Very late"}]}}]}}}
        """;

    Schedule schedule = reader.read(Source.ofText("c.json", json), FixtureSources.zone("Europe/Madrid")).schedule();

    assertThat(session(schedule, "1").start().toLocalDateTime()).hasToString("2024-06-01T10:00");
    assertThat(session(schedule, "2").start().toLocalDateTime()).hasToString("2024-06-02T01:15");
  }

  @Test
  void asksForTimezoneWhenTheFileNamesNoZone() {
    String json = """
        {"schedule": {"conference": {"title": "C", "days": []}}}
        """;

    assertThatThrownBy(() -> reader.read(Source.ofText("c.json", json), ReadOptions.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("c.json:1:")
        .hasMessageContaining("pass --timezone");
  }
}
