package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planner.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A day on site: starred talks, a plan, a full door, a new plan, and the forecast fitted to what was seen. */
class OnSiteEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path state;

  private CliRun planner() {
    return CliRun.planner().env("XDG_STATE_HOME", state.toString()).env("USER", "ana");
  }

  private CliRun.Result ok(String... args) {
    CliRun.Result result = planner().run(args);
    assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result.err()).isZero();
    return result;
  }

  @Test
  void starredTalksThenAFullDoorThenTheBackupThenCalibration() throws Exception {
    Path profile = state.resolve("starred.yaml");
    ok("profile", "init", "--from-agenda", TestFiles.resource("agenda/kubecon-my-schedule.ics").toString(),
        "-o", profile.toString());

    JsonNode morning = JSON.readTree(ok("plan", "--day", "wed", "--profile", profile.toString(), "--format", "json").out());
    JsonNode window = windowAt(morning, "15:00");
    assertThat(window.path("primary").path("id").asText()).isEqualTo("wed-1500-n03");
    List<String> backups = new ArrayList<>();
    window.path("backups").forEach(backup -> backups.add(backup.path("id").asText()));
    assertThat(backups).isNotEmpty();

    ok("observe", "full", window.path("primary").path("room").asText(), "--day", "wed", "--at", "14:55");
    JsonNode afternoon = JSON.readTree(
        ok("plan", "--day", "wed", "--profile", profile.toString(), "--now", "14:56", "--format", "json").out());

    assertThat(windowAt(afternoon, "15:00").path("primary").path("id").asText()).isIn(backups);

    ok("observe", "count", "wed-1645-room-h", "120", "--day", "wed", "--at", "16:50");
    ok("observe", "open", "Room E", "--day", "wed", "--at", "13:20");
    CliRun.Result calibrated = ok("calibrate", "--observations", "--folds", "2");
    assertThat(calibrated.out()).startsWith("Fitted on 3 observed sessions");
  }

  private static JsonNode windowAt(JsonNode plan, String time) {
    for (JsonNode window : plan.path("windows")) {
      if (window.path("start").asText().substring(11, 16).equals(time)) {
        return window;
      }
    }
    throw new AssertionError("no window at " + time + " in " + plan);
  }
}
