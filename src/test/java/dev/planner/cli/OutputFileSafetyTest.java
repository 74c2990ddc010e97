package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.TestFiles;
import dev.planner.importing.SourceLoader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files named with -o are replaced whole or left alone: an error before or during writing never empties them. */
class OutputFileSafetyTest {
  private static final String OLD = "id,title\nkept,The Old Listing\n";
  private static final Pattern WRITES_FILES = Pattern.compile(
      "Files\\.(write|writeString|newOutputStream|newBufferedWriter)\\(|new (FileOutputStream|FileWriter|RandomAccessFile)\\((?!FileDescriptor)");

  @TempDir Path directory;

  private Path existing(String name) throws IOException {
    Path file = directory.resolve(name);
    Files.writeString(file, OLD);
    return file;
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aBadScheduleLeavesTheOutputFileAsItWas() throws IOException {
    Path output = existing("talks.csv");
    String bad = TestFiles.resource("bad-inputs/yaml-duplicate-id.yaml").toString();

    CliRun.Result result = CliRun.planner().run("talks", "-s", bad, "--day", "1", "-f", "csv", "-o", output.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(output).hasContent(OLD.strip());
    assertThat(listing()).containsExactly("talks.csv");
  }

  @Test
  void aBadImportLeavesTheOutputFileAsItWas() throws IOException {
    Path output = existing("schedule.yaml");
    String bad = TestFiles.resource("bad-inputs/xml-truncated.xml").toString();

    CliRun.Result result = CliRun.planner().run("import", bad, "-o", output.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(output).hasContent(OLD.strip());
    assertThat(listing()).containsExactly("schedule.yaml");
  }

  @Test
  void anOutputInAMissingDirectoryIsOneIoErrorLine() throws IOException {
    Path output = directory.resolve("no-such-directory").resolve("talks.csv");

    CliRun.Result result = CliRun.planner().run("talks", "--day", "1", "-f", "csv", "-o", output.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(result.err().lines().toList()).singleElement().asString()
        .startsWith("planner: ").contains(output.toString()).doesNotContain("Exception");
    assertThat(listing()).isEmpty();
  }

  @Test
  void aGoodRunReplacesTheOutputFile() throws IOException {
    Path output = existing("talks.csv");

    CliRun.Result result = CliRun.planner().run("talks", "--day", "1", "-f", "csv", "-o", output.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(output)).isNotEqualTo(OLD).isNotBlank();
    assertThat(listing()).containsExactly("talks.csv");
  }

  @Test
  void anEarlierExportOverTheInputSizeCapIsRefusedAndLeftAsItWas() throws IOException {
    Path calendar = directory.resolve("plan.ics");
    try (RandomAccessFile sparse = new RandomAccessFile(calendar.toFile(), "rw")) {
      sparse.write("BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII));
      sparse.setLength(SourceLoader.MAX_BYTES + 1);
    }

    CliRun.Result result = CliRun.planner().run("export", "--day", "1", "-o", calendar.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(result.err()).contains(calendar.toString(), "over the limit");
    assertThat(Files.size(calendar)).isEqualTo(SourceLoader.MAX_BYTES + 1);
  }

  @Test
  void onlyTheAtomicWriterWritesFiles() throws IOException {
    Path sources = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(sources)) {
      List<String> writers = files.filter(path -> path.toString().endsWith(".java"))
          .filter(path -> WRITES_FILES.matcher(read(path)).find())
          .map(path -> path.getFileName().toString())
          .toList();
      // The others never touch a user's file: StartupTraining writes its sample feed into a temporary
      // home for the class-data archive, PrecompiledResources, CommandSummaries, AnnotationRecorder and
      // CompletionScript write into target/ at build time.
      assertThat(writers).containsExactlyInAnyOrder("AtomicFileWriter.java", "StartupTraining.java",
          "PrecompiledResources.java", "CommandSummaries.java", "AnnotationRecorder.java", "CompletionScript.java");
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
