package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calendar programs that share no code with the planner read the export of the bundled Wednesday:
 * Python's icalendar library and khal. Skipped where they are not installed; CI installs both.
 */
class CalendarClientsTest {
  private static final DateTimeFormatter KHAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static Path calendar;
  private static List<OffsetDateTime> starts;

  @TempDir static Path directory;

  @BeforeAll
  static void exportTheBundledWednesday() throws IOException {
    calendar = directory.resolve("wednesday.ics");
    CliRun.Result export = planner().run("export", "--day", "wed", "--quiet", "-o", calendar.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    JsonNode plan = new ObjectMapper().readTree(planner().run("plan", "--day", "wed", "--format", "json", "--quiet").out());
    starts = new ArrayList<>();
    plan.get("windows").forEach(window -> starts.add(OffsetDateTime.parse(window.get("start").asText())));
    assertThat(starts).isNotEmpty();
  }

  @Test
  void pythonIcalendarReadsEveryEventAtItsTimeInTheConferenceZone() throws Exception {
    String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    assumeTrue(succeeds(List.of(python, "-c", "import icalendar"), Map.of()), "python3 with icalendar is not installed");
    String script = String.join("\n",
        "import sys, icalendar",
        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())",
        "for event in cal.walk('VEVENT'):",
        "    start = event['DTSTART']",
        "    print(start.params['TZID'], start.dt.isoformat(), event.decoded('DTEND').isoformat())");
    List<String> lines = run(List.of(python, "-c", script, calendar.toString()), Map.of());
    assertThat(lines).hasSize(starts.size());
    for (int i = 0; i < lines.size(); i++) {
      String[] fields = lines.get(i).split(" ");
      assertThat(fields[0]).isEqualTo("Europe/Paris");
      assertThat(OffsetDateTime.parse(fields[1])).isEqualTo(starts.get(i));
      assertThat(OffsetDateTime.parse(fields[2])).isAfter(starts.get(i));
    }
  }

  @Test
  void khalImportsEveryEventAndShowsItInAnotherZoneAtTheSameInstant(@TempDir Path khalHome) throws Exception {
    assumeTrue(succeeds(List.of("khal", "--version"), Map.of()), "khal is not installed");
    Khal khal = new Khal(khalHome);
    khal.importFile(calendar);
    List<String> listed = khal.list();

    ZoneId newYork = ZoneId.of("America/New_York");
    assertThat(listed).containsExactlyElementsOf(
        starts.stream().map(start -> KHAL_TIME.format(start.atZoneSameInstant(newYork))).toList());
  }

  /**
   * The plan loses two talks (the profile now skips them) and is exported into the same file: both
   * programs read the two as cancelled, and khal, given both files in turn, keeps only the new plan.
   */
  @Test
  void talksDroppedFromThePlanAreCancelledForKhalAndPythonIcalendar(@TempDir Path home) throws Exception {
    String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    assumeTrue(succeeds(List.of(python, "-c", "import icalendar"), Map.of()), "python3 with icalendar is not installed");
    assumeTrue(succeeds(List.of("khal", "--version"), Map.of()), "khal is not installed");
    Path file = home.resolve("plan.ics");
    Files.copy(calendar, file);
    JsonNode first = new ObjectMapper().readTree(planner().run("plan", "--day", "wed", "--format", "json", "--quiet").out());
    List<String> droppedIds = List.of(first.get("windows").get(1).get("primary").get("id").asText(),
        first.get("windows").get(3).get("primary").get("id").asText());
    Path skipping = home.resolve("profile.yaml");
    Files.writeString(skipping, "skip: [" + String.join(", ", droppedIds) + "]\n");
    Khal khal = new Khal(home);
    khal.importFile(file);

    CliRun.Result again = planner().run("export", "--day", "wed", "--quiet", "--profile", skipping.toString(),
        "-o", file.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    JsonNode second = new ObjectMapper().readTree(planner().run("plan", "--day", "wed", "--format", "json", "--quiet",
        "--profile", skipping.toString()).out());
    List<String> kept = new ArrayList<>();
    second.get("windows").forEach(window -> kept.add(window.get("primary").get("id").asText()));

    String script = String.join("\n",
        "import sys, icalendar",
        "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())",
        "for event in cal.walk('VEVENT'):",
        "    print(str(event['UID']).split('@')[0], event.get('STATUS'), event.get('SEQUENCE'))");
    List<String> statuses = run(List.of(python, "-c", script, file.toString()), Map.of());
    for (String id : droppedIds) {
      assertThat(statuses).as(id).contains(id + " CANCELLED 1");
    }
    for (String id : kept) {
      assertThat(statuses).as(id).anyMatch(line -> line.startsWith(id + " CONFIRMED "));
    }

    khal.importFile(file);
    List<String> active = khal.list().stream().filter(line -> !line.startsWith("CANCELLED")).toList();
    assertThat(active).hasSize(kept.size());
    assertThat(khal.list()).filteredOn(line -> line.startsWith("CANCELLED")).hasSizeGreaterThanOrEqualTo(2);
  }

  /** khal with a calendar of its own under a temporary home, in New York time. */
  private static final class Khal {
    private final Path config;
    private final Map<String, String> environment;

    Khal(Path home) throws IOException {
      Path events = Files.createDirectories(home.resolve("calendar"));
      config = home.resolve("config");
      Files.writeString(config, String.join("\n",
          "[calendars]", "[[plan]]", "path = " + events, "type = calendar",
          "[locale]", "timeformat = %H:%M", "dateformat = %Y-%m-%d", "longdateformat = %Y-%m-%d",
          "datetimeformat = %Y-%m-%d %H:%M", "longdatetimeformat = %Y-%m-%d %H:%M",
          "local_timezone = America/New_York", "default_timezone = America/New_York", ""));
      environment = Map.of("XDG_DATA_HOME", home.resolve("data").toString(),
          "XDG_CONFIG_HOME", home.resolve("xdg").toString());
    }

    void importFile(Path file) throws IOException, InterruptedException {
      run(List.of("khal", "-c", config.toString(), "import", "--batch", "-a", "plan", file.toString()), environment);
    }

    /** Every event of the conference's week: CANCELLED first on the line of a cancelled one, then its start. */
    List<String> list() throws IOException, InterruptedException {
      return run(List.of("khal", "-c", config.toString(), "list", "--format", "{cancelled}{start}", "--day-format", "",
          "2024-03-19", "2024-03-22"), environment).stream().filter(line -> !line.isBlank()).toList();
    }
  }

  private static boolean succeeds(List<String> command, Map<String, String> environment) {
    try {
      run(command, environment);
      return true;
    } catch (IOException | IllegalStateException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs a program to its end and returns its output lines; a failure is an exception with its output. */
  private static List<String> run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    builder.environment().put("LC_ALL", "C.UTF-8");
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(command.get(0) + " failed: " + output);
    }
    return output.lines().toList();
  }
}
