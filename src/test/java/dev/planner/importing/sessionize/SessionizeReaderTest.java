package dev.planner.importing.sessionize;

import dev.planner.importing.Diagnostic;
import dev.planner.importing.FixtureSources;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;

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

class SessionizeReaderTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private final SessionizeReader reader = new SessionizeReader();

  private ReadResult read() {
    return reader.read(FixtureSources.load("sessionize-like.json"), FixtureSources.zone("Europe/London"));
  }

  private static Session session(Schedule schedule, String id) {
    return schedule.session(new SessionId(id)).orElseThrow();
  }

  @Test
  void refusesToGuessTheZone() {
    assertThatThrownBy(() -> reader.read(FixtureSources.load("sessionize-like.json"), ReadOptions.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Sessionize times have no zone: pass --timezone");
  }

  @Test
  void readsScheduledSessionsInTheGivenZoneAndEveryRoomInSortOrder() {
    ReadResult result = read();
    Schedule schedule = result.schedule();

    assertThat(schedule.sessions()).extracting(session -> session.id().value()).containsExactly("9001", "9002", "9003", "9004");
    assertThat(schedule.venue().rooms()).extracting(room -> room.name())
        .containsExactly("Main Stage", "Workshop Room", "Atrium", "Quiet Room");
    assertThat(session(schedule, "9002").start()).isEqualTo(ZonedDateTime.of(2025, 5, 20, 9, 0, 0, 0, LONDON));
    assertThat(result.warnings()).extracting(Diagnostic::message)
        .anyMatch(message -> message.contains("'sp-missing'"))
        .anyMatch(message -> message.contains("'9005' is not scheduled yet"));
  }

  @Test
  void turnsServiceSessionsIntoRegistrationAndMeals() {
    Schedule schedule = read().schedule();

    assertThat(session(schedule, "9001").type()).isEqualTo(SessionType.REGISTRATION);
    assertThat(session(schedule, "9004").type()).isEqualTo(SessionType.MEAL);
    assertThat(session(schedule, "9003").type()).isEqualTo(SessionType.WORKSHOP);
  }

  @Test
  void readsTrackTagsAndSpeakers() {
    Schedule schedule = read().schedule();

    Session pipelines = session(schedule, "9002");
    assertThat(pipelines.track()).isEqualTo("Delivery");
    assertThat(pipelines.tags()).containsExactly("CI/CD", "Type Systems");
    assertThat(pipelines.speakers()).containsExactly(Speaker.named("Mira Quell"));
    assertThat(pipelines.abstractText()).isEqualTo("Catch mistakes before they ship.");
    assertThat(session(schedule, "9003").speakers()).containsExactly(Speaker.named("Otto Brandt"), Speaker.named("Lena Vogel"));
  }
}
