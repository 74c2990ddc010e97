package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planner.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults from the config file and the environment, below the flags, and {@code config show}. */
class ConfigCommandTest {
  private static final String SMALL = TestFiles.resource("schedules/small.yaml").toString();
  private static final String EXPORT = TestFiles.resource("schedules/export.yaml").toString();
  private final ObjectMapper json = new ObjectMapper();

  private static Path home(Path directory, String... lines) throws Exception {
    Path config = Files.createDirectories(directory.resolve(".config/planner")).resolve("config.yaml");
    Files.writeString(config, String.join("\n", lines) + "\n");
    return directory;
  }

  @Test
  void theConfigFileGivesTheScheduleAndTheFormat(@TempDir Path directory) throws Exception {
    Path home = home(directory, "schedule: " + SMALL, "format: json");
    CliRun.Result result = planner().home(home).run("talks", "--day", "wed");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode talks = json.readTree(result.out());
    assertThat(talks.get(0).get("id").asText()).isEqualTo("d1-keynote");
  }

  @Test
  void aPathInTheConfigFileMayStartAtHome(@TempDir Path directory) throws Exception {
    Path home = home(directory, "schedule: ~/feeds/small.yaml", "format: csv");
    Files.createDirectories(home.resolve("feeds"));
    Files.copy(Path.of(SMALL), home.resolve("feeds/small.yaml"));
    CliRun.Result result = planner().home(home).run("talks", "--day", "wed");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Opening Keynote");
  }

  @Test
  void flagsWinOverTheConfigFile(@TempDir Path directory) throws Exception {
    Path home = home(directory, "schedule: " + SMALL, "format: json");
    CliRun.Result result = planner().home(home).run("talks", "--day", "wed", "--format", "csv", "--schedule", EXPORT);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("Start,").contains("Crossplane, Compositions").doesNotContain("Opening Keynote");
  }

  @Test
  void theEnvironmentWinsOverTheConfigFile(@TempDir Path directory) throws Exception {
    Path home = home(directory, "schedule: " + SMALL, "format: csv");
    CliRun.Result result = planner().home(home).env("PLANNER_SCHEDULE", EXPORT).run("talks", "--day", "wed");
    assertThat(result.out()).startsWith("Start,").contains("Crossplane, Compositions").doesNotContain("Opening Keynote");
  }

  @Test
  void aFormatACommandDoesNotOfferGivesWayToItsFirst(@TempDir Path directory) throws Exception {
    Path home = home(directory, "format: csv");
    CliRun.Result result = planner().home(home).run("profile", "show");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).doesNotContain("not offered");
  }

  @Test
  void showSaysWhereEachValueCameFrom(@TempDir Path directory) throws Exception {
    Path home = home(directory, "# my defaults", "schedule: " + SMALL, "backups: 3", "reminder: 5");
    CliRun.Result result = planner().home(home).env("PLANNER_PROFILE", "/tmp/me.yaml")
        .run("config", "show", "--format", "json", "--backups", "1");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode rows = json.readTree(result.out());
    String file = home.resolve(".config/planner/config.yaml").toString();
    assertThat(row(rows, "schedule")).isEqualTo(SMALL + " | config file " + file + ":2");
    assertThat(row(rows, "profile")).isEqualTo("/tmp/me.yaml | environment $PLANNER_PROFILE");
    assertThat(row(rows, "backups")).isEqualTo("1 | flag --backups");
    assertThat(row(rows, "reminder")).isEqualTo("5 | config file " + file + ":4");
    assertThat(row(rows, "format")).isEqualTo("json | flag --format");
    assertThat(row(rows, "timezone")).isEqualTo("the schedule's own | default");
  }

  @Test
  void anUnknownKeyIsInvalidInputNamingFileAndLine(@TempDir Path directory) throws Exception {
    Path home = home(directory, "schedule: " + SMALL, "colour: always");
    CliRun.Result result = planner().home(home).run("rooms");
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith(home.resolve(".config/planner/config.yaml") + ":2:").contains("unknown key 'colour'");
  }

  @Test
  void aBadValueIsInvalidInputAtItsLine(@TempDir Path directory) throws Exception {
    Path home = home(directory, "timezone: CET", "backups: -1");
    CliRun.Result result = planner().home(home).run("rooms");
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("config.yaml:1:", "IANA", "config.yaml:2:");
  }

  private static String row(JsonNode rows, String key) {
    for (JsonNode row : rows) {
      if (row.get("key").asText().equals(key)) {
        return row.get("value").asText() + " | " + row.get("source").asText();
      }
    }
    throw new AssertionError("no row for " + key);
  }
}
