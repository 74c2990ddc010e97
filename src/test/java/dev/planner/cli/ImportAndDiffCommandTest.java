package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planner.TestFiles;
import dev.planner.importing.ical.IcalScheduleReader;
import dev.planner.importing.ReadOptions;
import dev.planner.importing.ReadResult;
import dev.planner.importing.ReferenceTablesReader;
import dev.planner.inference.ScheduleInference;
import dev.planner.importing.Source;
import dev.planner.importing.yaml.YamlScheduleReader;
import dev.planner.model.Schedule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAndDiffCommandTest {
  private static final String SCHED = TestFiles.resource("fixtures/sched-like.ics").toString();
  private static final String SCHED_CHANGED = TestFiles.resource("fixtures/sched-like-changed.ics").toString();
  private static final String FRAB = TestFiles.resource("fixtures/frab-no-dates.xml").toString();
  private static final String ROOMS = TestFiles.resource("fixtures/room-capacities.csv").toString();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void importKeepsEverySessionTimeRoomAndSpeakerThroughOurYaml(@TempDir Path directory) throws Exception {
    Path yaml = directory.resolve("schedule.yaml");

    CliRun.Result result = planner().run("import", SCHED, "--timezone", "Europe/Lisbon", "--attendees", "3000", "-o", yaml.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    ReadResult read = new IcalScheduleReader().read(Source.ofText("in.ics", Files.readString(Path.of(SCHED))),
        new ReadOptions(Optional.of(ZoneId.of("Europe/Lisbon")), OptionalInt.of(3000)));
    Schedule imported = new ScheduleInference(ReferenceTablesReader.bundled())
        .infer(read.schedule(), read.clues(), new ScheduleInference.Given(true, true)).schedule();
    Schedule reread = new YamlScheduleReader().read(Source.ofText("out.yaml", Files.readString(yaml)), ReadOptions.NONE).schedule();
    assertThat(reread).isEqualTo(imported);
  }

  @Test
  void importOverlaysRoomCapacitiesAndWritesToStdout() {
    CliRun.Result result = planner().run("import", FRAB, "--timezone", "Europe/Brussels", "--rooms", ROOMS);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("capacity: 805").contains("capacitySource: estimate").contains("timezone: Europe/Brussels");
    assertThat(result.err()).contains("room 'Nowhere Hall' matches no room of the schedule");
  }

  @Test
  void importWithoutAnyZoneCluesSaysSoAndKeepsTheTimesAsWritten() {
    CliRun.Result result = planner().run("import", FRAB);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("names no time zone").contains("as written").contains("pass --timezone");
    assertThat(result.out()).contains("timezone: UTC");
  }

  @Test
  void diffListsChangesAsJsonAndExitsFiveWithExitCode() throws Exception {
    CliRun.Result result = planner().run("diff", SCHED, SCHED_CHANGED, "--timezone", "Europe/Lisbon", "--format", "json", "--exit-code");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(5);
    JsonNode changes = json.readTree(result.out());
    assertThat(changes).extracting(change -> change.get("change").asText())
        .containsExactly("removed", "added", "moved", "moved", "retitled", "respeakered");
    JsonNode moved = changes.get(3);
    assertThat(moved.get("was").toString()).isEqualTo(
        "{\"start\":\"2025-06-10T10:00:00+01:00\",\"end\":\"2025-06-10T10:30:00+01:00\",\"room\":\"Room 1 | Level 2\"}");
    assertThat(moved.get("now").get("start").asText()).isEqualTo("2025-06-10T15:00:00+01:00");
    assertThat(changes.get(4).get("was").toString()).isEqualTo("{\"title\":\"Mesh, Meet Queue: A Field Report\"}");
    assertThat(changes.get(5).get("now").get("speakers").isArray()).isTrue();
    assertThat(changes.get(0).get("now").isNull()).isTrue();
    assertThat(changes.get(1).get("was").isNull()).isTrue();
  }

  @Test
  void diffOfAScheduleWithItselfExitsZero() {
    CliRun.Result result = planner().run("diff", SCHED, SCHED, "--timezone", "Europe/Lisbon", "--exit-code", "--quiet");

    assertThat(result.exitCode()).as(result.err()).isZero();
  }
}
