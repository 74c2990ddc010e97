package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.planner.TestFiles;
import dev.planner.importing.LargeInputs;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hand-written bad input in src/test/resources/bad-inputs (listed in its catalogue.tsv), and a
 * few generated ones too big to keep, run through the command line: the exit code is 3 for bad data,
 * 4 for I/O, 0 where the input must be accepted, with one message line naming the file and line.
 */
class BadInputCatalogueTest {
  private static final Path DIRECTORY = TestFiles.resource("bad-inputs");
  private static final String SMALL = TestFiles.resource("schedules/small.yaml").toString();
  private static final String PROFILE = TestFiles.resource("schedules/profile.yaml").toString();
  private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

  @TempDir Path temporary;

  /** One row of the catalogue. */
  record Case(String file, String how, int exit, String line, String fragment) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Case> catalogue() throws IOException {
    return Files.readAllLines(DIRECTORY.resolve("catalogue.tsv"), StandardCharsets.UTF_8).stream()
        .filter(row -> !row.isBlank() && !row.startsWith("#"))
        .map(row -> row.split("\t"))
        .map(cells -> new Case(cells[0], cells[1], Integer.parseInt(cells[2]), cells[3], cells[4]));
  }

  @Test
  void theCatalogueCoversEveryFileAndAtLeastFortyInputs() throws IOException {
    List<String> listed = catalogue().map(Case::file).toList();
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      List<String> present = files.map(path -> path.getFileName().toString())
          .filter(name -> !name.equals("catalogue.tsv")).toList();
      assertThat(listed).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(present);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void eachInputGivesItsExitCodeAndOneMessageNamingTheFileAndLine(Case input) {
    String path = DIRECTORY.resolve(input.file()).toString();
    CliRun.Result result = CliRun.planner().run(arguments(input.how(), path));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(input.exit());
    assertNoTrace(result);
    if (input.exit() == 0) {
      assertThat(result.err()).doesNotContain(": error:");
      return;
    }
    String where = input.line().equals("-") ? path + ": error: " : path + ":" + input.line() + ":";
    assertThat(messageLines(result)).singleElement().asString().startsWith(where).contains(input.fragment());
  }

  @Test
  void anEntityReadingAFileNeverShowsTheFile() {
    CliRun.Result result = CliRun.planner().run("import", DIRECTORY.resolve("xml-xxe-passwd.xml").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.out() + result.err()).doesNotContain("root:");
  }

  @Test
  void aTenMegabyteLineOfNoiseIsAnInputError() throws IOException {
    Path file = temporary.resolve("noise.yaml");
    Files.writeString(file, "sessions: " + "{[".repeat(TEN_MEGABYTES / 2));

    assertOneMessage(CliRun.planner().run("import", file.toString()), ExitCodes.INVALID_INPUT, file + ":");
  }

  @Test
  void aTenMegabyteAbstractOnOneLineIsAccepted() throws IOException {
    Path file = temporary.resolve("long.yaml");
    String schedule = Files.readString(Path.of(SMALL));
    Files.writeString(file, schedule.replace("    title: Opening Keynote\n",
        "    title: Opening Keynote\n    abstract: " + "word ".repeat(TEN_MEGABYTES / 5) + "\n"));

    CliRun.Result result = CliRun.planner().run("talks", "-s", file.toString(), "--day", "1", "-f", "csv");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Opening Keynote");
  }

  static Stream<Arguments> largeShapes() {
    return Stream.of(LargeInputs.Reader.values())
        .flatMap(reader -> Stream.of(LargeInputs.Shape.values()).map(shape -> Arguments.of(reader, shape)));
  }

  /**
   * A megabyte on one line, in many small records, and nested as deep as it goes, for every reader: each
   * is accepted or refused with messages naming the file, never a trace. bench/readers.sh shows the time
   * per MiB of the same inputs from 1 to 10 MiB.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("largeShapes")
  void aLargeInputOfEveryShapeIsAcceptedOrRefusedWithMessagesNamingTheFile(LargeInputs.Reader reader,
      LargeInputs.Shape shape) throws IOException {
    Path file = temporary.resolve(shape.name().toLowerCase(java.util.Locale.ROOT) + "." + reader.extension());
    Files.write(file, reader.input(shape, 1024 * 1024));

    CliRun.Result result = CliRun.planner().run(reader.arguments(file.toString(), SMALL).toArray(String[]::new));

    assertThat(result.exitCode()).as(result.err()).isIn(ExitCodes.OK, ExitCodes.INVALID_INPUT);
    assertNoTrace(result);
    if (result.exitCode() == ExitCodes.INVALID_INPUT) {
      assertThat(result.err().lines().filter(line -> line.contains(": error: ")))
          .isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(file + ":"));
    }
  }

  @Test
  void jsonNestedTenThousandLevelsIsAnInputError() throws IOException {
    Path file = temporary.resolve("deep.json");
    Files.writeString(file, "{\"schedule\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}");

    assertOneMessage(CliRun.planner().run("import", "--from", "frab-json", file.toString()),
        ExitCodes.INVALID_INPUT, file + ":");
  }

  @Test
  void yamlNestedTenThousandLevelsIsAnInputError() throws IOException {
    Path file = temporary.resolve("deep.yaml");
    StringBuilder text = new StringBuilder("conference: Deep\nsessions:\n");
    for (int level = 0; level < 10_000; level++) {
      text.append(" ".repeat(level)).append("- \n");
    }
    Files.writeString(file, text);

    assertOneMessage(CliRun.planner().run("import", "--from", "yaml", file.toString()),
        ExitCodes.INVALID_INPUT, file + ":");
  }

  @Test
  void aRedirectToAFileUrlIsRefusedAsAnIoError() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/schedule.ics", exchange -> {
      exchange.getResponseHeaders().add("Location", "file:///etc/passwd");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/schedule.ics";
      CliRun.Result result = CliRun.planner().run("import", url);

      assertOneMessage(result, ExitCodes.IO_ERROR, "planner: " + url + ": redirect to 'file' refused");
      assertThat(result.out()).doesNotContain("root:");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aMissingFileIsAnIoError() {
    Path missing = temporary.resolve("missing.yaml");

    assertOneMessage(CliRun.planner().run("import", missing.toString()), ExitCodes.IO_ERROR,
        "planner: " + missing + ": no such file");
  }

  @Test
  void aDirectoryIsAnIoError() {
    assertOneMessage(CliRun.planner().run("import", temporary.toString()), ExitCodes.IO_ERROR,
        "planner: " + temporary + ": is a directory");
  }

  private static String[] arguments(String how, String path) {
    List<String> args = new ArrayList<>();
    switch (how) {
      case "import" -> args.addAll(List.of("import", path));
      case "zoned" -> args.addAll(List.of("import", path, "--timezone", "Europe/Paris"));
      case "rooms" -> args.addAll(List.of("rooms", "-s", SMALL, "--rooms", path));
      case "profile" -> args.addAll(List.of("rank", "-s", SMALL, "--day", "1", "--profile", path));
      case "model" -> args.addAll(List.of("risk", "-s", SMALL, "--day", "1", "--profile", PROFILE, "--model", path));
      case "status" -> args.addAll(List.of("plan", "-s", SMALL, "--day", "1", "--profile", PROFILE, "--room-status", path));
      case "observations" -> args.addAll(List.of("calibrate", "-s", SMALL, "--observations", path));
      case "agenda" -> args.addAll(List.of("profile", "init", "-s", SMALL, "--from-agenda", path));
      default -> throw new IllegalArgumentException("unknown way to run an input: " + how);
    }
    return args.toArray(String[]::new);
  }

  private static void assertOneMessage(CliRun.Result result, int exit, String start) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(exit);
    assertNoTrace(result);
    assertThat(messageLines(result)).singleElement().asString().startsWith(start);
  }

  private static void assertNoTrace(CliRun.Result result) {
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  /** The lines of stderr other than warnings and the closing count of errors and warnings. */
  private static List<String> messageLines(CliRun.Result result) {
    return result.err().lines()
        .filter(line -> !line.matches("\\d+ errors?, \\d+ warnings?"))
        .filter(line -> !line.contains(": warning: "))
        .toList();
  }
}
