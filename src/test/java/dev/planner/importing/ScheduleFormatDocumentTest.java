package dev.planner.importing;

import dev.planner.importing.yaml.YamlScheduleReader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.Schedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example in docs/schedule-format.md is a schedule the reader accepts as documented. */
class ScheduleFormatDocumentTest {
  private static final Path DOCUMENT = Path.of("docs/schedule-format.md");

  private static String example() throws IOException {
    String text = Files.readString(DOCUMENT);
    int start = text.indexOf("```yaml\n") + "```yaml\n".length();
    return text.substring(start, text.indexOf("```", start));
  }

  @Test
  void theExampleReadsWithoutWarningsAndWithTheDocumentedDefaults() throws IOException {
    ReadResult result = new YamlScheduleReader().read(Source.ofText("example.yaml", example()), ReadOptions.NONE);
    Schedule schedule = result.schedule();
    Room hall = schedule.venue().rooms().get(0);
    Room room12 = schedule.venue().rooms().get(1);
    Room annex = schedule.venue().rooms().get(2);

    assertThat(result.warnings()).isEmpty();
    assertThat(schedule.sessions()).hasSize(3);
    assertThat(room12.capacitySource()).isEqualTo(CapacitySource.ESTIMATE);
    assertThat(annex.capacity()).isEqualTo(Room.DEFAULT_CAPACITY);
    assertThat(annex.capacitySource()).isEqualTo(CapacitySource.DEFAULT);
    assertThat(schedule.venue().walking().minutes(hall, room12)).isEqualTo(6);
    assertThat(schedule.venue().walking().minutes(hall, annex)).isEqualTo(8);
  }
}
