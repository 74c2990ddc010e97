package dev.planner.importing;

import dev.planner.importing.yaml.YamlScheduleReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planner.TestFiles;
import dev.planner.model.Schedule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScheduleSnapshotTest {
  private static Schedule yaml(Path path) throws IOException {
    return new YamlScheduleReader().read(new Source(path.toString(), Files.readAllBytes(path)), ReadOptions.NONE).schedule();
  }

  private static Schedule roundTrip(Schedule schedule) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScheduleSnapshot.write(schedule, bytes);
    return ScheduleSnapshot.read(new ByteArrayInputStream(bytes.toByteArray()));
  }

  @Test
  void aSnapshotReadsBackAsAnEqualSchedule() throws IOException {
    Schedule small = yaml(TestFiles.resource("schedules/small.yaml"));
    assertThat(roundTrip(small)).isEqualTo(small);
  }

  @Test
  void theBuildsSnapshotOfTheBundledScheduleEqualsItsYaml() throws IOException {
    Schedule fromSnapshot = new SourceLoader(System.in).bundledSnapshot().orElseThrow();
    assertThat(fromSnapshot).isEqualTo(yaml(Path.of("schedule/kubecon-eu-2024.yaml")));
  }

  @Test
  void bytesOfAnotherKindAreRefused() {
    assertThatThrownBy(() -> ScheduleSnapshot.read(new ByteArrayInputStream("conference: x".getBytes())))
        .isInstanceOf(IOException.class).hasMessageContaining("not a schedule snapshot");
  }
}
