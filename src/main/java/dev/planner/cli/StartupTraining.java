package dev.planner.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A training run for the class-data-sharing archive that {@code ./planner} makes: every subcommand
 * once, in one JVM, on the bundled schedule and a small Sched-shaped calendar, output discarded, so
 * that the archive holds the classes of every command.
 */
public final class StartupTraining {
  /**
   * A calendar shaped like Sched's feed (UTC times, room and city in LOCATION, speakers in SUMMARY,
   * entities and paragraphs in DESCRIPTION).
   */
  private static final String SCHED_CALENDAR = String.join("\r\n",
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Sched.com Training Conference//EN",
      "X-WR-CALNAME:Training Conference",
      "X-WR-TIMEZONE:UTC",
      "BEGIN:VEVENT",
      "DTSTAMP:20240101T000000Z",
      "DTSTART:20240320T090000Z",
      "DTEND:20240320T093000Z",
      "SUMMARY:Scaling Queues Without Tears - Ada Example\\, Example Org",
      "LOCATION:Hall A\\, Sample City\\, Sample Country",
      "CATEGORIES:MESSAGING",
      "UID:training-1",
      "SEQUENCE:0",
      "DESCRIPTION:How we drained a backlog of a billion messages &amp\\; lived.\\n\\nWith &quot\\;no&quot\\; downtime.",
      "URL:https://example.org/training-1",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "DTSTAMP:20240101T000000Z",
      "DTSTART;TZID=Europe/Paris:20240320T110000",
      "DTEND;TZID=Europe/Paris:20240320T113000",
      "SUMMARY:Policy as Code in Practice - Bo Example",
      "LOCATION:Room 2\\, Sample City\\, Sample Country",
      "CATEGORIES:SECURITY",
      "UID:training-2",
      "SEQUENCE:0",
      "END:VEVENT",
      "END:VCALENDAR",
      "");

  private StartupTraining() {}

  public static void main(String[] args) throws IOException {
    // What every real run loads before the commands' own classes: the entry point, and the process
    // environment's classes (the runs below are given an environment of their own).
    Environment.system();
    Objects.requireNonNull(Main.class);
    Path home = Files.createTempDirectory("planner-training");
    try {
      Path calendar = Files.writeString(home.resolve("feed.ics"), SCHED_CALENDAR);
      Path yaml = home.resolve("feed.yaml");
      for (String[] command : commands(calendar, yaml)) {
        run(home, command);
      }
    } finally {
      deleteTree(home);
    }
  }

  private static List<String[]> commands(Path calendar, Path yaml) {
    List<String[]> commands = new ArrayList<>();
    commands.add(new String[] {"--help"});
    commands.add(new String[] {"--version"});
    for (String name : List.of("talks", "rooms", "plan", "rank", "risk", "profile", "import", "diff")) {
      commands.add(new String[] {name, "--help"});
    }
    for (String format : List.of("table", "json", "csv")) {
      commands.add(new String[] {"talks", "--day", "wednesday", "--format", format});
      commands.add(new String[] {"rooms", "--format", format});
      commands.add(new String[] {"plan", "--day", "wednesday", "--format", format});
      commands.add(new String[] {"rank", "--day", "wednesday", "--format", format});
      commands.add(new String[] {"risk", "--day", "wednesday", "--format", format});
    }
    commands.add(new String[] {"plan", "--day", "thursday", "--format", "md"});
    commands.add(new String[] {"profile", "show"});
    commands.add(new String[] {"talks", "--schedule", calendar.toString(), "--format", "json"});
    commands.add(new String[] {"import", calendar.toString(), "--output", yaml.toString()});
    commands.add(new String[] {"diff", calendar.toString(), yaml.toString()});
    commands.add(new String[] {"plan", "--day", "nosuchday"});
    return commands;
  }

  private static void run(Path home, String[] args) {
    Environment environment = new Environment(Map.of(), new ByteArrayInputStream(new byte[0]),
        Clock.systemUTC(), home, false);
    PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    PlannerCli.execute(environment, discard, discard, args);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
