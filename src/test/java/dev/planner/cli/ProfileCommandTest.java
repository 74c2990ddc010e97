package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planner.TestFiles;
import dev.planner.importing.userfiles.ProfileReader;
import dev.planner.importing.Source;
import dev.planner.model.Profile;
import dev.planner.model.SessionType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {
  private static final String PROFILE = TestFiles.resource("schedules/profile.yaml").toString();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void initWritesAStarterProfileThatReadsBackAsAsked() {
    CliRun.Result result = planner().run("profile", "init", "--like", "crossplane", "supply chain=3",
        "--avoid", "ai", "sponsored", "--track", "Security");

    assertThat(result.exitCode()).as(result.err()).isZero();
    Profile profile = new ProfileReader().read(Source.ofText("init.yaml", result.out()));
    assertThat(profile.interests()).isEqualTo(Map.of("crossplane", 2.0, "supply chain", 3.0, "ai", -2.0));
    assertThat(profile.types()).isEqualTo(Map.of(SessionType.SPONSORED, -2.0));
    assertThat(profile.tracks()).isEqualTo(Map.of("Security", 2.0));
    assertThat(result.out()).startsWith("# A planner profile").contains("docs/profile.md");
  }

  @Test
  void initWritesToAFileAndWillNotReplaceOneWithoutForce(@TempDir Path directory) throws Exception {
    Path target = directory.resolve("me.yaml");

    assertThat(planner().run("profile", "init", "--like", "gitops", "-o", target.toString()).exitCode()).isZero();
    assertThat(Files.readString(target)).contains("\"gitops\": 2");

    CliRun.Result again = planner().run("profile", "init", "--like", "ebpf", "-o", target.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("exists; pass --force");
    assertThat(planner().run("profile", "init", "--like", "ebpf", "-o", target.toString(), "--force").exitCode()).isZero();
    assertThat(Files.readString(target)).contains("\"ebpf\": 2").doesNotContain("gitops");
  }

  @Test
  void initSplitsLikesAndAvoidsOnCommas() {
    CliRun.Result result = planner().run("profile", "init", "--like", "security,gitops", "supply chain=3",
        "--avoid", "ai,sponsored");

    assertThat(result.exitCode()).as(result.err()).isZero();
    Profile profile = new ProfileReader().read(Source.ofText("init.yaml", result.out()));
    assertThat(profile.interests()).isEqualTo(Map.of("security", 2.0, "gitops", 2.0, "supply chain", 3.0, "ai", -2.0));
    assertThat(profile.types()).isEqualTo(Map.of(SessionType.SPONSORED, -2.0));
  }

  @Test
  void initRejectsABadWeight() {
    CliRun.Result result = planner().run("profile", "init", "--like", "crossplane=lots");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--like: weight 'lots' must be a number");
  }

  @Test
  void showPrintsTheEffectiveProfileAndWhereItCameFrom() {
    CliRun.Result result = planner().run("profile", "show", "--profile", PROFILE);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("# The profile in effect: from " + PROFILE + " (chosen by --profile).");
    Profile shown = new ProfileReader().read(Source.ofText("shown.yaml", result.out()));
    assertThat(shown.interests()).containsEntry("crossplane", 3.0).containsEntry("language models", -2.0);
  }

  @Test
  void showAsJsonNamesTheEnvironmentVariable() throws Exception {
    CliRun.Result result = planner().env("PLANNER_PROFILE", PROFILE).run("profile", "show", "--format", "json");

    JsonNode shown = json.readTree(result.out());
    assertThat(shown.get("source").asText()).isEqualTo("$PLANNER_PROFILE");
    assertThat(shown.get("path").asText()).isEqualTo(PROFILE);
    assertThat(shown.get("profile").get("avoid").get("language models").asDouble()).isEqualTo(2.0);
    assertThat(shown.get("profile").get("preferences").get("risk").asText()).isEqualTo("normal");
  }

  @Test
  void showNamesTheConfigFileWhenTheProfileComesFromIt(@TempDir Path home) throws Exception {
    Path config = Files.createDirectories(home.resolve(".config/planner")).resolve("config.yaml");
    Files.writeString(config, "profile: " + PROFILE + "\n");
    CliRun.Result result = planner().home(home).run("profile", "show", "--format", "json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(json.readTree(result.out()).get("source").asText()).isEqualTo("the config file (" + config + ")");
    CliRun.Result flagged = planner().home(home).run("profile", "show", "--format", "json", "--profile", PROFILE);
    assertThat(json.readTree(flagged.out()).get("source").asText()).isEqualTo("--profile");
  }

  @Test
  void showWithoutAProfileSaysSo() {
    CliRun.Result result = planner().run("profile", "show");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("# The profile in effect: none found");
  }

  @Test
  void profileAloneIsAUsageError() {
    assertThat(planner().run("profile").exitCode()).isEqualTo(2);
  }

  @Test
  void theNewCommandsHaveExamplesAndExitCodesInTheirHelp() {
    for (String[] command : new String[][] {{"rank"}, {"profile"}, {"profile", "init"}, {"profile", "show"}}) {
      CliRun.Result result = planner().run(concat(command, "--help"));
      assertThat(result.exitCode()).as(String.join(" ", command)).isZero();
      assertThat(result.out()).as(String.join(" ", command)).contains("Examples:", "planner " + command[0], "Exit codes:");
    }
  }

  private static String[] concat(String[] command, String last) {
    String[] args = java.util.Arrays.copyOf(command, command.length + 1);
    args[command.length] = last;
    return args;
  }
}
