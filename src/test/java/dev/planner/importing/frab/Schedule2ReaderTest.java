package dev.planner.importing.frab;

import dev.planner.importing.Diagnostic;
import dev.planner.importing.FixtureSources;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.SessionType;
import dev.planner.model.Speaker;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class Schedule2ReaderTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final ReadResult result = new Schedule2Reader().read(FixtureSources.load("schedule2-like.json"), ReadOptions.NONE);
  private final Schedule schedule = result.schedule();

  private Session session(String guid) {
    return schedule.session(new SessionId(guid)).orElseThrow();
  }

  @Test
  void readsRoomCapacitiesAsOfficial() {
    assertThat(schedule.venue().rooms()).extracting(Room::name, Room::capacity, Room::capacitySource).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Hall One", 2800, CapacitySource.OFFICIAL),
        org.assertj.core.groups.Tuple.tuple("Hall Two", 900, CapacitySource.OFFICIAL),
        org.assertj.core.groups.Tuple.tuple("Open Stage", Room.DEFAULT_CAPACITY, CapacitySource.DEFAULT));
  }

  @Test
  void readsFlatEventsAndLeavesCancelledOnesOut() {
    assertThat(schedule.conference()).isEqualTo("Winter Congress");
    assertThat(schedule.zone()).isEqualTo(BERLIN);
    assertThat(schedule.sessions()).hasSize(3);
    assertThat(result.warnings()).extracting(Diagnostic::message)
        .anyMatch(message -> message.equals("event 'aaaaaaaa-0000-4000-8000-000000000004' is canceled; left out"));
  }

  @Test
  void resolvesTrackSlugsRoomGuidsLanguagesAndSpeakingParticipants() {
    Session soldering = session("aaaaaaaa-0000-4000-8000-000000000001");
    assertThat(soldering.track()).isEqualTo("Hardware & Making");
    assertThat(soldering.abstractText()).isEqualTo("Many joints.");
    assertThat(soldering.speakers()).containsExactly(Speaker.named("Rosa Lötkolben"), Speaker.named("Kim Platine"));

    Session midnight = session("aaaaaaaa-0000-4000-8000-000000000002");
    assertThat(schedule.roomOf(midnight).name()).isEqualTo("Hall Two");
    assertThat(midnight.start()).isEqualTo(ZonedDateTime.of(2025, 12, 28, 0, 15, 0, 0, BERLIN));
    assertThat(midnight.type()).isEqualTo(SessionType.LIGHTNING);
    assertThat(midnight.track()).isEqualTo("Ethics, Society & Politics");
  }
}
