package dev.planner.importing;

import dev.planner.importing.sessionize.SessionizeReader;
import dev.planner.importing.yaml.YamlScheduleReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.planner.synthetic.SyntheticSchedule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounds docs/robustness.md promises: the largest file, the most sessions, and the heap a
 * 100,000-session schedule needs, measured in a fresh JVM.
 */
class ResourceBoundsTest {
  /** The heap docs/robustness.md says a 100,000-session YAML schedule reads in. */
  private static final String DOCUMENTED_HEAP = "-Xmx512m";
  /** What such a schedule may keep once read: measured at about 110 MB. */
  private static final long MAX_RETAINED_BYTES = 200L * 1024 * 1024;

  @TempDir Path directory;

  @Test
  void aFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
    Path file = directory.resolve("huge.yaml");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(SourceLoader.MAX_BYTES + 1);
    }

    assertThatThrownBy(() -> new SourceLoader(new ByteArrayInputStream(new byte[0])).load(file.toString()))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessage(file + ": file is " + (SourceLoader.MAX_BYTES + 1) + " bytes, over the limit of " + SourceLoader.MAX_BYTES);
  }

  @Test
  void aYamlScheduleOverTheSessionLimitIsOneClearError() {
    String yaml = "conference: Too Big\ntimezone: UTC\nvenue:\n  rooms: [{id: a, name: A}]\nsessions:\n"
        + "  - x\n".repeat(ScheduleReader.MAX_SESSIONS + 1);

    assertThatThrownBy(() -> new YamlScheduleReader().read(Source.ofText("big.yaml", yaml), ReadOptions.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("big.yaml:6:3: error: " + (ScheduleReader.MAX_SESSIONS + 1)
            + " sessions, more than the 200000 the planner reads");
  }

  @Test
  void aFeedOverTheSessionLimitStopsAtTheFirstSessionTooMany() {
    StringBuilder json = new StringBuilder("{\"sessions\":[");
    for (int index = 0; index <= ScheduleReader.MAX_SESSIONS; index++) {
      json.append(index == 0 ? "" : ",").append("{\"id\":\"").append(index)
          .append("\",\"title\":\"T\",\"startsAt\":\"2024-03-20T10:00:00\",\"endsAt\":\"2024-03-20T10:30:00\",\"roomId\":1}");
    }
    json.append("],\"rooms\":[{\"id\":1,\"name\":\"Hall\"}],\"speakers\":[],\"categories\":[]}");
    ReadOptions paris = new ReadOptions(Optional.of(ZoneId.of("Europe/Paris")), OptionalInt.empty());

    assertThatThrownBy(() -> new SessionizeReader().read(Source.ofText("big.json", json.toString()), paris))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("more than 200000 sessions, the most the planner reads");
  }

  @Test
  void aHundredThousandSessionScheduleReadsInTheDocumentedHeap() throws Exception {
    Path file = directory.resolve("100k.yaml");
    Files.writeString(file, SyntheticSchedule.yaml(SyntheticSchedule.ofSize(100_000, 7)));

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, DOCUMENTED_HEAP, "-cp", System.getProperty("java.class.path"),
        HeapAfterReading.class.getName(), file.toString()).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

    assertThat(child.waitFor()).as(output).isZero();
    List<String> figures = List.of(output.split(" "));
    assertThat(figures.get(0)).isEqualTo("100000");
    assertThat(Long.parseLong(figures.get(1))).isPositive().isLessThan(MAX_RETAINED_BYTES);
  }
}
