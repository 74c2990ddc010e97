package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.planner.importing.BundledFiles;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {
  @Test
  void bashCompletionCompletesSubcommandsAndTheirOptions(@TempDir Path directory) throws Exception {
    CliRun.Result result = planner().run("completion", "bash");
    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
    Path script = directory.resolve("planner-completion.bash");
    Files.writeString(script, result.out());
    assertThat(complete(script, "planner ex")).contains("export");
    assertThat(complete(script, "planner export --inc")).containsExactly("--include-backups");
  }

  @Test
  void valuesCompleteInLowerCaseForFormatLevelOrderFeedAndDay(@TempDir Path directory) throws Exception {
    Path script = directory.resolve("planner.bash");
    Files.writeString(script, planner().run("completion", "bash").out());

    assertThat(complete(script, "planner talks --format j")).containsExactly("json");
    assertThat(complete(script, "planner risk --day wed --min-risk h")).containsExactly("high");
    assertThat(complete(script, "planner rank --day wed --by v")).containsExactly("value");
    assertThat(complete(script, "planner talks --from frab-")).containsExactlyInAnyOrder("frab-json", "frab-xml");
    assertThat(complete(script, "planner plan --day th")).containsExactly("thursday");
  }

  @Test
  void theScriptTheBuildWroteIsTheOneMadeNow(@TempDir Path home) {
    Environment environment = new Environment(Map.of(), new ByteArrayInputStream(new byte[0]), Clock.systemUTC(), home, false);
    PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());

    assertThat(BundledFiles.text(CompletionScript.RESOURCE)).contains(CompletionScript.generate(environment, discard, discard));
  }

  @Test
  void anotherDefaultScheduleCompletesEveryWeekday(@TempDir Path directory) throws Exception {
    Path feed = Path.of("src/test/resources/fixtures/sched-like.ics").toAbsolutePath();
    Path script = directory.resolve("planner.bash");
    Files.writeString(script, planner().env("PLANNER_SCHEDULE", feed.toString()).run("completion", "bash").out());

    assertThat(complete(script, "planner plan --day s")).containsExactly("saturday", "sunday");
  }

  @Test
  void zshCompletionLoadsBashCompletionFirst() {
    CliRun.Result result = planner().run("completion", "zsh");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith(CompletionCommand.ZSH_PREAMBLE).contains("complete -F _complete_planner");
  }

  @Test
  void anotherShellIsAUsageError() {
    CliRun.Result result = planner().run("completion", "fish");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("bash or zsh");
  }

  /** What bash offers at the end of a command line, after loading the script (its complaints outside a real completion aside). */
  private static List<String> complete(Path script, String line) throws Exception {
    String words = line.endsWith(" ") ? line + "''" : line;
    String program = "source '" + script + "'; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; "
        + "COMP_WORDS=(" + words + "); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); "
        + "_complete_planner; printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process process = new ProcessBuilder("/bin/bash", "-c", program)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output.lines().map(String::strip).filter(word -> !word.isEmpty()).toList();
  }
}
