package dev.planner.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.importing.ReadOptions;
import dev.planner.importing.ScheduleImporter;
import dev.planner.importing.Source;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SyntheticScheduleTest {
  @Test
  void theSameSeedGivesTheSameSchedule() {
    assertThat(SyntheticSchedule.ofSize(600, 7)).isEqualTo(SyntheticSchedule.ofSize(600, 7));
    assertThat(SyntheticSchedule.ofSize(600, 7)).isNotEqualTo(SyntheticSchedule.ofSize(600, 8));
  }

  @Test
  void makesTheAskedNumberOfSessionsOverlappingAcrossRooms() {
    Schedule schedule = SyntheticSchedule.ofSize(10_000, 1);

    assertThat(schedule.sessions()).hasSize(10_000);
    assertThat(schedule.days()).hasSize(2);
    Session first = schedule.sessions().get(0);
    assertThat(schedule.sessions().stream().filter(first::overlaps).map(Session::room).distinct().count())
        .isGreaterThan(100);
    assertThat(schedule.venue().rooms().stream().mapToInt(room -> room.capacity()).max().orElseThrow())
        .isGreaterThan(10 * schedule.venue().rooms().stream().mapToInt(room -> room.capacity()).min().orElseThrow());
  }

  @Test
  void itsSchedShapedFeedIsReadAsSchedAndKeepsTitlesSpeakersRoomsAndTimes() {
    Schedule generated = SyntheticSchedule.ofSize(600, 3);

    Schedule read = ScheduleImporter.standard()
        .read(Source.ofText("feed.ics", SyntheticSchedule.schedIcs(generated)), Optional.empty(),
            new ReadOptions(Optional.of(generated.zone()), OptionalInt.of(generated.attendees())))
        .schedule();

    assertThat(read.sessions()).hasSize(600);
    for (int i = 0; i < 600; i += 37) {
      Session original = generated.sessions().get(i);
      Session copy = read.sessions().get(i);
      assertThat(copy.title()).isEqualTo(original.title());
      assertThat(copy.speakers()).isEqualTo(original.speakers());
      assertThat(copy.start()).isEqualTo(original.start());
      assertThat(read.roomOf(copy).name()).isEqualTo(generated.roomOf(original).name());
      assertThat(copy.track()).isEqualToIgnoringCase(original.track());
    }
  }

  @Test
  void itsYamlReadsBackAsTheSameSchedule() {
    Schedule generated = SyntheticSchedule.ofSize(300, 5);

    Schedule read = ScheduleImporter.standard()
        .read(Source.ofText("synthetic.yaml", SyntheticSchedule.yaml(generated)), Optional.empty(), ReadOptions.NONE)
        .schedule();

    assertThat(read.sessions()).isEqualTo(generated.sessions());
    assertThat(read.venue().rooms()).isEqualTo(generated.venue().rooms());
  }
}
