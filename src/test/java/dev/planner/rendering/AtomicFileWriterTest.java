package dev.planner.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
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

  @Test
  void theNextWriteRemovesTheTemporaryAKilledWriteLeftBehind() throws Exception {
    Path file = existing();
    Process child = HalfWrittenFile.start(file);
    child.destroyForcibly();
    child.waitFor();
    assertThat(directoryListing()).as("SIGKILL left its temporary").hasSize(2);

    AtomicFileWriter.write(file, "new\n");

    assertThat(file).hasContent("new");
    assertThat(directoryListing()).containsExactly("plan.csv");
  }

  @Test
  void theTemporariesOfARunningWriteAndFilesNotOfItsMakingAreLeftAlone() throws Exception {
    Path file = existing();
    Files.writeString(directory.resolve(".plan.csv.notes.tmp"), "someone else's");
    Files.writeString(directory.resolve(".plan.csv.123456.tmp"), "another program's");
    Process child = HalfWrittenFile.start(file);
    try {
      List<String> during = directoryListing();

      AtomicFileWriter.write(file, "new\n");

      assertThat(directoryListing()).containsExactlyElementsOf(during);
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
  }

  @Test
  void aNewFileGetsTheModeTheUmaskGivesAnyNewFile() throws IOException {
    assumePosix();
    Path reference = Files.createFile(directory.resolve("reference"));
    Path file = directory.resolve("wednesday.html");

    AtomicFileWriter.write(file, "<html>\n");

    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(reference));
  }

  @Test
  void aReplacedFileKeepsItsMode() throws IOException {
    assumePosix();
    for (String mode : List.of("rw-r--r--", "rw-------", "rw-rw-r--")) {
      Path file = existing();
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

      AtomicFileWriter.write(file, "new\n");

      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(mode);
    }
  }

  private void assumePosix() {
    assumeTrue(Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null, "a POSIX file system");
  }
}
