package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables fit the terminal's width (COLUMNS) by cutting free text; files, pipes and scripts get whole values. */
class TableWidthTest {
  private static final String LONG_NAMES = TestFiles.resource("fixtures/sched-like-long-names.ics").toString();
  private static final String SMALL = TestFiles.resource("schedules/small.yaml").toString();
  private static final String LONGEST_TITLE =
      "🚨 Contribfest: Mending the Nets Together, a Hands-on Afternoon for First-Time Contributors";

  @Test
  void everyRowOfEveryTableFitsEightyColumns() {
    for (List<String> command : List.of(
        List.of("talks", "--day", "tuesday"), List.of("risk", "--day", "tuesday"), List.of("rooms"),
        List.of("rank", "--day", "tuesday"))) {
      CliRun.Result result = planner().env("COLUMNS", "80").run(withFeed(command));

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.out().lines()).as(String.join(" ", command)).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(80));
      assertThat(result.out()).as(String.join(" ", command)).doesNotContain("Hall 2-4 | Quay Zone | Project Pavilion");
    }
  }

  @Test
  void titlesAndRoomsAreCutButTimesChancesAndIdsStayWhole() {
    CliRun.Result result = planner().env("COLUMNS", "100").run("risk", "--schedule", LONG_NAMES, "--day", "tuesday", "--quiet");

    List<String> lines = result.out().lines().toList();
    String demo = lines.stream().filter(line -> line.contains("Sponsored Demo")).findFirst().orElseThrow();
    assertThat(demo).startsWith("10:00  ").contains("Demo Stage").doesNotContain("Hall 2-4 |")
        .contains("…").doesNotContain("Without Losing a Single Byte");
    String id = demo.substring(demo.lastIndexOf(' ') + 1);
    assertThat("50cdf13457dcaabe49ddb74f84150007").startsWith(id);
    assertThat(lines.get(1)).contains("P(full)", "Arrive by", "Id");
    assertThat(demo).containsPattern(" 0\\.\\d+ ");
  }

  @Test
  void aColumnIsNeverCutBelowAReadableMinimumSoRowsMayStayWide() {
    CliRun.Result result = planner().env("COLUMNS", "20").run("talks", "--schedule", LONG_NAMES, "--day", "tuesday", "--quiet");

    String keynote = result.out().lines().filter(line -> line.contains("Keynote")).findFirst().orElseThrow();
    assertThat(keynote).contains("Keynote: We").contains("…");
    assertThat(width(keynote)).isGreaterThan(20);
  }

  @Test
  void withoutColumnsAPipeGetsWholeValues() {
    CliRun.Result result = planner().run("talks", "--schedule", LONG_NAMES, "--day", "tuesday", "--quiet");

    assertThat(result.out()).contains(LONGEST_TITLE).contains("Hall 2-4 | Quay Zone | Project Pavilion").doesNotContain("…");
  }

  @Test
  void scriptFormatsAreNeverCut() {
    for (String format : List.of("csv", "tsv", "json", "md")) {
      CliRun.Result result = planner().env("COLUMNS", "40")
          .run("talks", "--schedule", LONG_NAMES, "--day", "tuesday", "--format", format, "--quiet");

      assertThat(result.out()).as(format).contains("Hall 2-4 ", "Quay Zone ", "Project Pavilion")
          .contains("Seven Seas Without Losing a Single Byte").doesNotContain("…");
    }
  }

  @Test
  void aTableWrittenToAFileIsWhole(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("talks.txt");
    CliRun.Result result = planner().env("COLUMNS", "80")
        .run("talks", "--schedule", LONG_NAMES, "--day", "tuesday", "-o", file.toString(), "--quiet");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(file)).contains(LONGEST_TITLE);
  }

  @Test
  void wideCharactersCountTwiceSoColumnsStayAligned() {
    CliRun.Result result = planner().env("COLUMNS", "200").run("talks", "--schedule", LONG_NAMES, "--day", "tuesday", "--quiet");

    List<String> rows = result.out().lines().skip(1).toList();
    List<Integer> idColumns = rows.stream().map(line -> width(line.substring(0, line.lastIndexOf("  ") + 2))).distinct().toList();
    assertThat(idColumns).hasSize(1);
  }

  @Test
  void aTableOfOneDayNamesTheDayOnceAndShowsTimesOfDay() {
    CliRun.Result result = planner().run("talks", "--schedule", SMALL, "--day", "wed", "--quiet");

    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Wednesday 20 March 2024");
    assertThat(lines.get(1)).startsWith("Start  End    Room");
    assertThat(lines.get(2)).startsWith("09:00  09:45  Main Hall");
    assertThat(result.out()).doesNotContain("2024-03-20");
  }

  @Test
  void anArriveByOutOfReachKeepsItsNoteWithTheTimeOfDay() {
    CliRun.Result result = planner().run("risk", "--schedule", TestFiles.resource("schedules/overfull.yaml").toString(),
        "--day", "1", "--quiet");

    assertThat(result.out()).containsPattern("\\n\\d\\d:\\d\\d  .*  \\d\\d:\\d\\d \\(at most \\d+%\\)");
  }

  @Test
  void aTableOverSeveralDaysKeepsTheirDates() {
    CliRun.Result result = planner().run("talks", "--schedule", SMALL, "--quiet");

    assertThat(result.out()).startsWith("Start").contains("2024-03-20 09:00").contains("2024-03-21");
  }

  @Test
  void thePlanWrapsLongTitlesWholeWordsUnderTheFirst() {
    CliRun.Result narrow = planner().env("COLUMNS", "60").run("plan", "--schedule", LONG_NAMES, "--day", "tuesday", "--quiet");
    CliRun.Result piped = planner().run("plan", "--schedule", LONG_NAMES, "--day", "tuesday", "--quiet");

    assertThat(narrow.exitCode()).as(narrow.err()).isZero();
    assertThat(narrow.out().lines()).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(60));
    assertThat(narrow.out()).doesNotContain("…").containsPattern(
        "\\n\\d\\d:\\d\\d-\\d\\d:\\d\\d  Tidal Scheduling: Predicting Crowds Before They\\n {13}Arrive at the Door of the Room\\n");
    assertThat(piped.out()).contains("  Tidal Scheduling: Predicting Crowds Before They Arrive at the Door of the Room\n");
  }

  private static String[] withFeed(List<String> command) {
    return java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--schedule", LONG_NAMES, "--quiet"))
        .toArray(String[]::new);
  }

  /** Terminal columns, counting the emoji the feed carries as two. */
  private static int width(String line) {
    return line.codePoints().map(codePoint -> codePoint >= 0x1F300 ? 2 : 1).sum();
  }
}
