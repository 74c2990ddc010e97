package dev.planner.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The subcommands as the top-level help lists them, from their summaries rather than from built
 * subcommands: picocli gives each command line it builds, even an empty one, its own converters,
 * which costs {@code planner --help} more than writing the help itself.
 */
final class TopLevelHelp {
  private TopLevelHelp() {}

  /**
   * Makes the help of a command that holds no subcommands list those of the summaries, with
   * {@code [COMMAND]} in its synopsis, as picocli shows the subcommands a command holds.
   */
  static void listSummaries(CommandLine command, List<CommandSummaries.Summary> summaries) {
    Map<String, CommandLine.IHelpSectionRenderer> sections = command.getHelpSectionMap();
    sections.put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, help -> withCommandLabel(help, help.synopsis(help.synopsisHeadingLength())));
    sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
        help -> help.createHeading(help.commandSpec().usageMessage().commandListHeading()));
    sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> help.commandList(helps(summaries, help)));
  }

  /** A subcommand that is not going to run: its name and description. */
  static CommandLine standIn(CommandSummaries.Summary summary) {
    return new CommandLine(standInSpec(summary));
  }

  private static CommandSpec standInSpec(CommandSummaries.Summary summary) {
    CommandSpec spec = CommandSpec.create().name(summary.name());
    spec.usageMessage().description(summary.description().toArray(String[]::new));
    return spec;
  }

  private static Map<String, Help> helps(List<CommandSummaries.Summary> summaries, Help help) {
    Map<String, Help> helps = new LinkedHashMap<>();
    for (CommandSummaries.Summary summary : summaries) {
      helps.put(summary.name(), new Help(standInSpec(summary), help.colorScheme()));
    }
    return helps;
  }

  /** The synopsis with the label picocli adds for a command that holds subcommands. */
  private static String withCommandLabel(Help help, String synopsis) {
    String label = " " + help.commandSpec().usageMessage().synopsisSubcommandLabel();
    String separator = System.lineSeparator();
    return synopsis.endsWith(separator)
        ? synopsis.substring(0, synopsis.length() - separator.length()) + label + separator
        : synopsis + label;
  }
}
