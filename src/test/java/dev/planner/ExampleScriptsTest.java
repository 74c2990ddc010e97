package dev.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the scripts in examples/ as the README shows them, with a {@code planner} on the PATH that
 * runs this build's classes, a home of their own and no network.
 */
class ExampleScriptsTest {
  private static final Path EXAMPLES = Path.of("examples");

  @TempDir Path directory;
  private Path bin;
  private Path home;

  /** What one script run left behind. */
  private record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void putThisBuildsPlannerOnThePath() throws IOException {
    bin = Files.createDirectories(directory.resolve("bin"));
    home = Files.createDirectories(directory.resolve("home"));
    Path planner = bin.resolve("planner");
    Files.writeString(planner, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
        + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '" + System.getProperty("java.class.path")
        + "' dev.planner.cli.Main \"$@\"\n");
    assertThat(planner.toFile().setExecutable(true)).isTrue();
  }

  private Run run(String script, Map<String, String> extra, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("/bin/bash", EXAMPLES.resolve(script).toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("PLANNER_") || name.startsWith("XDG_"));
    environment.put("PATH", bin + ":" + System.getenv("PATH"));
    environment.put("HOME", home.toString());
    environment.put("LC_ALL", "C.UTF-8");
    environment.putAll(extra);
    Path out = directory.resolve("out.txt");
    Path err = directory.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    process.getOutputStream().close();
    int code = process.waitFor();
    return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void highRiskListsOnlyTheHighRiskSessionsOfTheDayAsCsv() throws Exception {
    Run run = run("high-risk.sh", Map.of(), "wednesday");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("Start,Room,").contains("Level");
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).startsWith("2024-03-20").contains(",high,"));
  }

  @Test
  void highRiskWithoutADayIsAUsageError() throws Exception {
    Run run = run("high-risk.sh", Map.of());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("usage:");
  }

  @Test
  void feedChangedIsSilentUntilTheFeedChangesThenShowsTheChangeAndExitsFive() throws Exception {
    Path feed = directory.resolve("feed.yaml");
    Path state = directory.resolve("state");
    Files.copy(TestFiles.resource("schedules/small.yaml"), feed);

    Run first = run("feed-changed.sh", Map.of(), feed.toString(), state.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).isEmpty();
    Run unchanged = run("feed-changed.sh", Map.of(), feed.toString(), state.toString());
    assertThat(unchanged.exitCode()).as(unchanged.err()).isZero();
    assertThat(unchanged.out()).isEmpty();

    Files.writeString(feed, Files.readString(feed).replace("title: eBPF for Everyone", "title: eBPF for Nearly Everyone"));
    Run changed = run("feed-changed.sh", Map.of(), feed.toString(), state.toString());
    assertThat(changed.exitCode()).as(changed.err()).isEqualTo(5);
    assertThat(changed.out()).contains("d1-ebpf");

    Run settled = run("feed-changed.sh", Map.of(), feed.toString(), state.toString());
    assertThat(settled.exitCode()).as(settled.err()).isZero();
    assertThat(settled.out()).isEmpty();
  }

  @Test
  void toKhalPutsThePlanInACalendarOnceEvenWhenRunTwice() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/khal")), "khal is not installed");
    Path config = Files.createDirectories(home.resolve(".config/khal")).resolve("config");
    Path calendar = Files.createDirectories(home.resolve("calendars/conference"));
    Files.writeString(config, String.join("\n", "[calendars]", "[[conference]]", "path = " + calendar, "type = calendar",
        "[locale]", "timeformat = %H:%M", "dateformat = %Y-%m-%d", "longdateformat = %Y-%m-%d",
        "datetimeformat = %Y-%m-%d %H:%M", "longdatetimeformat = %Y-%m-%d %H:%M",
        "local_timezone = Europe/Paris", "default_timezone = Europe/Paris", ""));

    Run first = run("to-khal.sh", Map.of(), "conference", "wednesday");
    assertThat(first.exitCode()).as(first.err()).isZero();
    long events;
    try (var files = Files.list(calendar)) {
      events = files.filter(file -> file.toString().endsWith(".ics")).count();
    }
    assertThat(events).isGreaterThan(5);
    assertThat(home.resolve(".local/state/planner/plan.ics")).exists();

    Run again = run("to-khal.sh", Map.of(), "conference", "wednesday");
    assertThat(again.exitCode()).as(again.err()).isZero();
    try (var files = Files.list(calendar)) {
      assertThat(files.filter(file -> file.toString().endsWith(".ics")).count()).isEqualTo(events);
    }
  }
}
