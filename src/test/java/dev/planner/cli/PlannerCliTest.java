package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planner.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

class PlannerCliTest {
  private static final String SMALL = TestFiles.resource("schedules/small.yaml").toString();
  private static final String PROFILE = TestFiles.resource("schedules/profile.yaml").toString();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void helpListsCommandsAndExitCodes() {
    CliRun.Result result = planner().run("--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("talks", "rooms", "plan", "Exit codes:", "3   invalid input data");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void everySubcommandHelpHasAnExampleAndTheExitCodes() {
    for (String command : new String[] {"talks", "rooms", "plan", "rank", "risk", "calibrate", "profile", "import",
        "diff", "export", "completion", "config"}) {
      CliRun.Result result = planner().run(command, "--help");
      assertThat(result.exitCode()).as(command).isZero();
      assertThat(result.out()).as(command).contains("Examples:", "planner " + command, "Exit codes:");
    }
  }

  @Test
  void everyHelpExampleIsOnOneLineSoThatItPastes() {
    for (String command : new String[] {"talks", "rooms", "plan", "rank", "risk", "calibrate", "profile", "import",
        "diff", "export", "completion", "config"}) {
      String help = planner().run(command, "--help").out();
      List<String> examples = help.substring(help.indexOf("Examples:")).lines().skip(1).toList();
      assertThat(examples).as(command).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("  ").contains("planner"));
    }
    assertThat(planner().run("plan", "--help").out()).contains(
        "  planner plan --day 2 --profile examples/profile.yaml --format json | jq '.windows[].primary.title'\n");
  }

  @Test
  void noOptionNeedsAConverterThePlannerTellsPicocliToSkip() {
    PrintWriter silent = new PrintWriter(Writer.nullWriter());
    List<String> types = new ArrayList<>();
    collectTypes(PlannerCli.create(Environment.system(), silent, silent).getCommandSpec(), types);

    assertThat(types).contains("int", "java.lang.String").noneMatch(type -> type.matches(Main.UNUSED_CONVERTERS));
  }

  private static void collectTypes(CommandSpec spec, List<String> types) {
    for (ArgSpec argument : spec.args()) {
      types.add(argument.type().getName());
      Arrays.stream(argument.auxiliaryTypes()).map(Class::getName).forEach(types::add);
    }
    spec.subcommands().values().forEach(subcommand -> collectTypes(subcommand.getCommandSpec(), types));
  }

  @Test
  void versionNamesThePlanner() {
    CliRun.Result result = planner().run("--version");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("planner ");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun.Result result = planner().run("talks", "--no-such-flag");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("--no-such-flag").contains("planner talks --help");
  }

  @Test
  void aMistypedOptionOrCommandGetsTheClosestSuggested() {
    CliRun.Result option = planner().run("plan", "--dya", "wed");
    CliRun.Result command = planner().run("paln", "--day", "wed");

    assertThat(option.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(option.err()).contains("Did you mean: planner plan --day?");
    assertThat(command.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(command.err()).contains("Did you mean: planner plan?");
  }

  @Test
  void noSubcommandPrintsUsageAndFailsAsUsage() {
    CliRun.Result result = planner().run();
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Usage: planner");
  }

  @Test
  void aMissingScheduleFileIsAnIoError() {
    CliRun.Result result = planner().run("talks", "--schedule", "/no/such/schedule.yaml");
    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).isEqualTo("planner: /no/such/schedule.yaml: no such file\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aBrokenScheduleIsInvalidInputNamingFileAndLine(@TempDir Path directory) throws Exception {
    Path broken = directory.resolve("broken.yaml");
    Files.writeString(broken, String.join("\n",
        "conference: Broken", "timezone: Europe/Paris", "attendees: 10", "venue:", "  rooms:",
        "    - {id: a, name: A, capacity: 10}", "sessions:",
        "  - {id: x, title: X, start: 2024-03-20T10:00, end: 2024-03-20T09:00, room: a}", ""));
    CliRun.Result result = planner().run("talks", "--schedule", broken.toString());
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).startsWith(broken + ":8:").contains("ends at 2024-03-20T09:00").doesNotContain("Exception");
  }

  @Test
  void anUnknownDayIsAUsageErrorListingTheDays() {
    CliRun.Result result = planner().run("plan", "--schedule", SMALL, "--day", "friday");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no day 'friday'", "1 Wed 2024-03-20", "2 Thu 2024-03-21");
  }

  @Test
  void talksFiltersByDayAndTrackAsJson() throws Exception {
    CliRun.Result result = planner().run("talks", "--schedule", SMALL, "--day", "wed", "--track", "security", "--format", "json");
    assertThat(result.exitCode()).isZero();
    JsonNode talks = json.readTree(result.out());
    assertThat(talks).hasSize(1);
    JsonNode talk = talks.get(0);
    assertThat(talk.get("id").asText()).isEqualTo("d1-security");
    assertThat(talk.get("start").asText()).isEqualTo("2024-03-20T11:00:00+01:00");
    assertThat(talk.get("end").asText()).isEqualTo("2024-03-20T11:30:00+01:00");
    assertThat(talk.get("room").asText()).isEqualTo("Room 201");
    assertThat(talk.get("type").asText()).isEqualTo("talk");
  }

  @Test
  void talksSearchIgnoresCaseAndFindsSpeakers() {
    CliRun.Result result = planner().run("talks", "--schedule", SMALL, "--search", "HOPPER", "--format", "tsv");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines()).hasSize(2);
    assertThat(result.out()).contains("Crossplane from Zero to Platform");
  }

  @Test
  void roomsShowCapacityAndItsSource() throws Exception {
    CliRun.Result result = planner().run("rooms", "--schedule", SMALL, "--format", "json");
    assertThat(result.exitCode()).isZero();
    JsonNode rooms = json.readTree(result.out());
    assertThat(rooms).hasSize(3);
    assertThat(rooms.get(1).get("name").asText()).isEqualTo("Room 101");
    assertThat(rooms.get(1).get("capacity").asInt()).isEqualTo(80);
    assertThat(rooms.get(1).get("capacitySource").asText()).isEqualTo("estimate");
    assertThat(rooms.get(1).get("level").asText()).isEqualTo("1");
  }

  @Test
  void roomsAsCsvHasAHeaderAndOneLinePerRoom() {
    CliRun.Result result = planner().run("rooms", "--schedule", SMALL, "--format", "csv");
    assertThat(result.out()).startsWith("Id,Name,Capacity,Source,Likely,Level\n").contains("r201,Room 201,120,estimate,,2\n");
  }

  @Test
  void planPicksNonOverlappingTalksByInterest() throws Exception {
    CliRun.Result result = planner().run("plan", "--schedule", SMALL, "--profile", PROFILE, "--day", "1", "--format", "json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode plan = json.readTree(result.out());
    assertThat(plan.get("day").asText()).isEqualTo("2024-03-20");
    assertThat(plan.get("windows")).extracting(window -> window.get("primary").get("id").asText())
        .containsExactly("d1-crossplane", "d1-security");
    assertThat(result.out()).doesNotContain("d1-coffee");
  }

  @Test
  void theKeynoteThatMatchesNothingIsFreeTimeUnlessTheDayIsFilled() throws Exception {
    CliRun.Result free = planner().run("plan", "--schedule", SMALL, "--profile", PROFILE, "--day", "1");
    assertThat(free.out()).contains("09:00-09:45  free: nothing here matches your profile").doesNotContain("Opening Keynote");
    JsonNode filled = json.readTree(planner().run("plan", "--schedule", SMALL, "--profile", PROFILE, "--day", "1", "--fill",
        "--format", "json").out());
    assertThat(filled.get("windows")).extracting(window -> window.get("primary").get("id").asText())
        .containsExactly("d1-keynote", "d1-crossplane", "d1-security");
    assertThat(filled.get("windows").get(1).get("backups").get(0).get("id").asText()).isEqualTo("d1-ebpf");
    assertThat(filled.get("freeTime")).isEmpty();
  }

  @Test
  void planWithoutAProfileSaysHowToMakeOne() {
    CliRun.Result result = planner().run("plan", "--schedule", SMALL, "--day", "wednesday");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("no profile").contains("planner profile init");
    assertThat(result.out()).contains("Opening Keynote");
  }

  @Test
  void quietSilencesHints() {
    CliRun.Result result = planner().run("plan", "--schedule", SMALL, "--day", "wednesday", "--quiet");
    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
  }

  @Test
  void theProfileComesFromTheEnvironmentWhenNoFlagIsGiven() throws Exception {
    CliRun.Result result = planner().env("PLANNER_PROFILE", PROFILE).run("plan", "--schedule", SMALL, "--day", "1", "--format", "json");
    assertThat(result.err()).doesNotContain("no profile");
    assertThat(json.readTree(result.out()).get("windows").get(0).get("primary").get("id").asText()).isEqualTo("d1-crossplane");
  }

  @Test
  void theScheduleCanComeFromStandardInput() throws Exception {
    CliRun.Result result = planner().stdin(Files.readString(Path.of(SMALL))).run("rooms", "--schedule", "-", "--format", "json");
    assertThat(result.exitCode()).isZero();
    assertThat(json.readTree(result.out())).hasSize(3);
  }

  @Test
  void outputFileIsWrittenWholeAndStdoutStaysEmpty(@TempDir Path directory) throws Exception {
    Path target = directory.resolve("rooms.csv");
    Files.writeString(target, "old content");
    CliRun.Result result = planner().run("rooms", "--schedule", SMALL, "--format", "csv", "--output", target.toString());
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(target)).startsWith("Id,Name");
    try (var files = Files.list(directory)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void anOfferedFormatOnlyIsAccepted() {
    CliRun.Result result = planner().run("rooms", "--schedule", SMALL, "--format", "ics");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--format ics is not offered here");
  }

  @Test
  void colourOnlyReachesATerminalWithoutNoColor() {
    assertThat(planner().terminal().run("rooms", "--schedule", SMALL).out()).contains("\u001b[");
    assertThat(planner().terminal().env("NO_COLOR", "1").run("rooms", "--schedule", SMALL).out()).doesNotContain("\u001b[");
    assertThat(planner().run("rooms", "--schedule", SMALL).out()).doesNotContain("\u001b[");
    assertThat(planner().terminal().run("rooms", "--schedule", SMALL, "--format", "json").out()).doesNotContain("\u001b[");
  }
}
