package dev.planner.importing;

import dev.planner.importing.yaml.YamlScheduleReader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.model.Schedule;
import dev.planner.rendering.YamlScheduleWriter;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Our YAML loses nothing: any schedule written and read back is equal, and differs from itself in nothing. */
class ScheduleRoundTripProperties {
  private final YamlScheduleWriter writer = new YamlScheduleWriter();
  private final YamlScheduleReader reader = new YamlScheduleReader();

  @Provide
  Arbitrary<Schedule> schedules() {
    return RandomSchedules.schedules();
  }

  @Property(tries = 300)
  void ourYamlWrittenThenReadIsEqual(@ForAll("schedules") Schedule schedule) {
    String written = writer.write(schedule);

    Schedule again = reader.read(Source.ofText("again.yaml", written), ReadOptions.NONE).schedule();

    assertThat(again).isEqualTo(schedule);
    assertThat(writer.write(again)).isEqualTo(written);
  }

  @Property(tries = 300)
  void aScheduleDiffersFromItselfInNothing(@ForAll("schedules") Schedule schedule) {
    assertThat(ScheduleDiff.between(schedule, schedule).isEmpty()).isTrue();
  }
}
