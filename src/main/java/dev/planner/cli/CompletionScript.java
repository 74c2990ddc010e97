package dev.planner.cli;

import dev.planner.importing.BundledFiles;
import dev.planner.importing.SourceLoader;
import dev.planner.model.Schedule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The bash completion script: picocli's, with {@code --day} completing to the weekdays of the default
 * schedule. It depends only on the commands and the bundled schedule, so the build writes it to a
 * resource; making it builds every command's model, which cost a shell that loads the script at
 * start twice what {@code planner --help} costs.
 */
public final class CompletionScript {
  static final String RESOURCE = "/dev/planner/cli/completion.bash";

  private CompletionScript() {}

  /** Run by the build: writes the script for the bundled schedule to the file named. */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]);
    Files.createDirectories(target.toAbsolutePath().getParent());
    Path home = Files.createTempDirectory("planner-completion");
    try {
      Environment environment = new Environment(Map.of(), new ByteArrayInputStream(new byte[0]), Clock.systemUTC(), home, false);
      PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
      Files.writeString(target, generate(environment, discard, discard));
    } finally {
      Files.deleteIfExists(home);
    }
  }

  /**
   * The script for this environment: the one the build wrote, unless another default schedule
   * ($PLANNER_SCHEDULE) has other days or the build wrote none.
   */
  static String forEnvironment(Environment environment, PrintWriter out, PrintWriter err) {
    if (environment.variable("PLANNER_SCHEDULE").isEmpty()) {
      Optional<String> written = BundledFiles.text(RESOURCE);
      if (written.isPresent()) {
        return written.get();
      }
    }
    return generate(environment, out, err);
  }

  /** The script made now, from every command's model. */
  static String generate(Environment environment, PrintWriter out, PrintWriter err) {
    CommandLine root = PlannerCli.create(environment, out, err);
    return withDays(AutoComplete.bash("planner", root), dayNames(environment));
  }

  /**
   * The days {@code --day} completes to: the lower-case weekday names of the bundled schedule, or every
   * weekday when another schedule is the default ($PLANNER_SCHEDULE), since a script cannot read a feed.
   */
  private static List<String> dayNames(Environment environment) {
    List<LocalDate> days = environment.variable("PLANNER_SCHEDULE").isPresent()
        ? List.of()
        : new SourceLoader(environment.stdin()).bundledSnapshot().map(Schedule::days).orElse(List.of());
    List<DayOfWeek> weekdays = new ArrayList<>();
    for (LocalDate day : days) {
      if (!weekdays.contains(day.getDayOfWeek())) {
        weekdays.add(day.getDayOfWeek());
      }
    }
    if (weekdays.isEmpty()) {
      weekdays.addAll(List.of(DayOfWeek.values()));
    }
    List<String> names = new ArrayList<>();
    for (DayOfWeek weekday : weekdays) {
      names.add(weekday.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** Fills in the {@code --day} case that picocli leaves empty (its values are not a fixed set it knows). */
  static String withDays(String script, List<String> days) {
    StringBuilder values = new StringBuilder();
    for (String day : days) {
      values.append(values.length() == 0 ? "" : " ").append('"').append(day).append('"');
    }
    return script.replace("    '-d'|'--day')\n      return\n",
        "    '-d'|'--day')\n      local IFS=$'\\n'\n      COMPREPLY=( $( compReplyArray " + values + " ) )\n      return $?\n");
  }
}
