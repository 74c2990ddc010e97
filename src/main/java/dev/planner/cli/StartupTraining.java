package dev.planner.cli;

import dev.planner.importing.BundledFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A training run for the class-data-sharing archive that {@code ./planner} makes: every subcommand
 * once, in one JVM, on the bundled schedule and a small Sched-shaped calendar, output discarded, so
 * that the archive holds the classes of every command.
 */
public final class StartupTraining {
  /**
   * A calendar shaped like Sched's feed (UTC times, room and city in LOCATION, speakers in SUMMARY,
   * entities, tags and paragraphs in DESCRIPTION, an event without length to warn about).
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
      "LOCATION:Hall A\\, Amsterdam\\, Netherlands",
      "CATEGORIES:MESSAGING",
      "UID:training-1",
      "SEQUENCE:0",
      "DESCRIPTION:How we drained a backlog of a billion messages &amp\\; lived.\\n\\nWith <b>no</b> downtime.",
      "URL:https://example.org/training-1",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "DTSTAMP:20240101T000000Z",
      "DTSTART;TZID=Europe/Paris:20240320T110000",
      "DTEND;TZID=Europe/Paris:20240320T113000",
      "SUMMARY:Policy as Code in Practice - Bo Example",
      "LOCATION:Room 2\\, Amsterdam\\, Netherlands",
      "CATEGORIES:SECURITY",
      "UID:training-2",
      "SEQUENCE:0",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "DTSTAMP:20240101T000000Z",
      "DTSTART:20240320T140000Z",
      "DTEND:20240320T140000Z",
      "SUMMARY:A Placeholder Without Length",
      "LOCATION:Hall A\\, Amsterdam\\, Netherlands",
      "UID:training-3",
      "END:VEVENT",
      "END:VCALENDAR",
      "");

  /** A profile with interests, a track, a dislike and preferences, as a user's file has them. */
  private static final String PROFILE = String.join("\n",
      "interests:",
      "  queues: 3",
      "  policy as code: 2",
      "tracks:",
      "  Security: 1",
      "avoid:",
      "  sponsored: 1",
      "mustSee: []",
      "preferences:",
      "  risk: normal",
      "  recordingValue: 0.3",
      "");

  /**
   * Small invented feeds in the JSON formats the planner reads, each read and planned once: their
   * readers' classes and lambdas are then in the archive too. frab's XML is left out: the JDK's XML
   * parser would grow the archive by a twentieth, which every run pays to map and relocate.
   */
  private static final List<String> FEEDS = List.of("frab.json", "sessionize.json", "cfpdev.json");

  private StartupTraining() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    // What every real run loads before the commands' own classes: the entry point, the preload and
    // its thread, and the process environment's classes (the runs below are given an environment of
    // their own). A class left out of the archive is read from the jar or the runtime image, which
    // the first such class of a run costs milliseconds.
    Environment.system();
    Objects.requireNonNull(Main.class);
    Optional<Thread> preload = StartupPreload.startFor(new String[] {"plan"});
    if (preload.isPresent()) {
      preload.get().join();
    }
    Path home = Files.createTempDirectory("planner-training");
    try {
      Path calendar = Files.writeString(home.resolve("feed.ics"), SCHED_CALENDAR);
      Path yaml = home.resolve("feed.yaml");
      Path profile = Files.writeString(home.resolve("profile.yaml"), PROFILE);
      for (String[] command : commands(calendar, yaml, profile)) {
        run(home, command);
      }
      for (String feed : FEEDS) {
        Path file = home.resolve(feed);
        try (InputStream in = BundledFiles.open("/dev/planner/cli/training/" + feed)) {
          Files.copy(Objects.requireNonNull(in, feed), file);
        }
        // Sessionize gives times without a zone; naming one is harmless for the others.
        run(home, new String[] {"talks", "--schedule", file.toString(), "--timezone", "Europe/Paris", "--format", "json"});
        run(home, new String[] {"plan", "--day", "1", "--schedule", file.toString(), "--timezone", "Europe/Paris"});
      }
    } finally {
      deleteTree(home);
    }
  }

  private static List<String[]> commands(Path calendar, Path yaml, Path profile) {
    List<String[]> commands = new ArrayList<>();
    commands.add(new String[] {"--help"});
    commands.add(new String[] {"--version"});
    commands.add(new String[] {"completion", "bash"});
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
    commands.add(new String[] {"plan", "--day", "2024-03-20", "--schedule", calendar.toString()});
    commands.add(new String[] {"plan", "--day", "wednesday", "--profile", profile.toString()});
    // Twice: the second export reads the first, to keep its events' identities.
    String export = calendar.resolveSibling("plan.ics").toString();
    commands.add(new String[] {"export", "--day", "wednesday", "--output", export});
    commands.add(new String[] {"export", "--day", "wednesday", "--output", export});
    commands.add(new String[] {"import", calendar.toString(), "--output", yaml.toString()});
    commands.add(new String[] {"diff", calendar.toString(), yaml.toString()});
    commands.add(new String[] {"plan", "--day", "nosuchday"});
    commands.add(new String[] {"plan", "--dya", "wednesday"});
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
