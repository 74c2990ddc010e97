package dev.planner.cli;

import dev.planner.importing.BundledFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * The name and description of every subcommand, in the order the help lists them, as the top-level
 * help and the stand-in subcommands need them. The build writes them from the commands' annotations
 * to a resource, since reading the first annotation of a run costs more than the rest of
 * {@code planner --help}; without the resource they are read from the annotations.
 */
public final class CommandSummaries {
  static final String RESOURCE = "/dev/planner/cli/commands.tsv";

  /** A subcommand's name and the lines of its description. */
  record Summary(String name, List<String> description) {
    Summary {
      description = List.copyOf(description);
    }
  }

  private CommandSummaries() {}

  /** The summaries the build wrote, or, when it wrote none, those the annotations give. */
  static List<Summary> of(List<Class<?>> commands) {
    // A missing or unreadable resource only costs the annotations' look-up.
    Optional<String> written = BundledFiles.text(RESOURCE);
    return written.isPresent() ? parse(written.get()) : fromAnnotations(commands);
  }

  static List<Summary> fromAnnotations(List<Class<?>> commands) {
    List<Summary> summaries = new ArrayList<>();
    for (Class<?> type : commands) {
      Command command = type.getAnnotation(Command.class);
      summaries.add(new Summary(command.name(), Arrays.asList(command.description())));
    }
    return summaries;
  }

  /** One line per subcommand: its name, then each line of its description, separated by tabs. */
  static String format(List<Summary> summaries) {
    StringBuilder text = new StringBuilder();
    for (Summary summary : summaries) {
      text.append(summary.name());
      for (String line : summary.description()) {
        if (line.indexOf('\t') >= 0 || line.indexOf('\n') >= 0) {
          throw new IllegalArgumentException("a description of '" + summary.name() + "' holds a tab or a line break");
        }
        text.append('\t').append(line);
      }
      text.append('\n');
    }
    return text.toString();
  }

  static List<Summary> parse(String text) {
    List<Summary> summaries = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      summaries.add(new Summary(fields[0], Arrays.asList(fields).subList(1, fields.length)));
    }
    return summaries;
  }

  /** Run by the build: writes the summaries of the planner's subcommands to the file named. */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]);
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.writeString(target, format(fromAnnotations(PlannerCli.SUBCOMMANDS)));
  }
}
