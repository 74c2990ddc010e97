package dev.planner.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is replaced whole or not at all, whatever fails and whenever the process is stopped. */
class AtomicFileWriterTest {
  private static final String OLD = "the old content, precious to its owner\n";

  @TempDir Path directory;

  private Path existing() throws IOException {
    Path file = directory.resolve("plan.csv");
    Files.writeString(file, OLD);
    return file;
  }

  private List<String> directoryListing() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void replacesTheFileWhole() throws IOException {
    Path file = existing();

    AtomicFileWriter.write(file, "new\n");

    assertThat(file).hasContent("new");
    assertThat(directoryListing()).containsExactly("plan.csv");
  }

  @Test
  void aRendererThatFailsHalfwayLeavesTheOldFileAndNoTemporary() throws IOException {
    Path file = existing();

    assertThatThrownBy(() -> AtomicFileWriter.write(file, out -> {
      out.write("half of the new".getBytes(StandardCharsets.UTF_8));
      throw new IOException("renderer failed");
    })).hasMessage("renderer failed");

    assertThat(file).hasContent(OLD.strip());
    assertThat(directoryListing()).containsExactly("plan.csv");
  }

  @Test
  void aRendererBugLeavesTheOldFileAndNoTemporary() throws IOException {
    Path file = existing();

    assertThatThrownBy(() -> AtomicFileWriter.write(file, out -> {
      out.write('x');
      throw new IllegalStateException("bug");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(file).hasContent(OLD.strip());
    assertThat(directoryListing()).containsExactly("plan.csv");
  }

  @Test
  void aDirectoryThatCannotHoldTheFileIsAnIoErrorBeforeAnythingIsWritten() throws IOException {
    Path notADirectory = existing();

    assertThatThrownBy(() -> AtomicFileWriter.write(notADirectory.resolve("out.csv"), "new"))
        .isInstanceOf(IOException.class);
    assertThat(notADirectory).hasContent(OLD.strip());
  }

  @Test
  void aProcessStoppedMidWriteLeavesTheOldFileAndNoTemporary() throws Exception {
    Path file = existing();
    Process child = HalfWrittenFile.start(file);
    assertThat(directoryListing()).as("the write is under way").anyMatch(name -> name.endsWith(".tmp"));

    child.destroy();
    child.waitFor();

    assertThat(file).hasContent(OLD.strip());
    assertThat(directoryListing()).containsExactly("plan.csv");
  }

  @Test
  void aProcessKilledMidWriteLeavesTheOldFileIntact() throws Exception {
    Path file = existing();
    Process child = HalfWrittenFile.start(file);
    assertThat(directoryListing()).as("the write is under way").anyMatch(name -> name.endsWith(".tmp"));

    child.destroyForcibly();
    child.waitFor();

    assertThat(file).hasContent(OLD.strip());
    // SIGKILL runs no clean-up: at most the hidden temporary of that write is left beside the file.
    assertThat(directoryListing()).allMatch(name -> name.equals("plan.csv") || name.matches("\\.plan\\.csv\\..*\\.tmp"));
  }
}
