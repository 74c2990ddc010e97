package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.rendering.HalfWrittenFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log is replaced through the same atomic writer as every output: a write killed half-way loses nothing. */
class ObservationLogCrashTest {
  @TempDir Path state;

  private CliRun planner() {
    return CliRun.planner().env("XDG_STATE_HOME", state.toString()).env("USER", "ana");
  }

  @Test
  void aProcessKilledWhileRewritingTheLogLeavesTheOldLogReadableAndGrowing() throws Exception {
    CliRun.Result first = planner().run("observe", "full", "room-c", "--day", "wed", "--at", "11:05");
    assertThat(first.exitCode()).as(first.err()).isZero();
    Path log = state.resolve("planner/observations/kubecon-cloudnativecon-europe-2024.tsv");
    String before = Files.readString(log);

    Process child = HalfWrittenFile.start(log);
    child.destroyForcibly();
    child.waitFor();

    assertThat(log).hasContent(before.strip());
    CliRun.Result exported = planner().run("observe", "export");
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    assertThat(exported.out()).isEqualTo(before);
    CliRun.Result next = planner().run("observe", "open", "room-c", "--day", "wed", "--at", "11:20");
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(Files.readAllLines(log)).hasSize(3).contains(before.lines().toList().get(1));
    try (Stream<Path> files = Files.list(log.getParent())) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .allMatch(name -> name.equals(log.getFileName().toString()) || name.startsWith("." + log.getFileName()));
    }
  }
}
