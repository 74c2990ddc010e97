package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help;

class TopLevelHelpTest {
  private final List<CommandSummaries.Summary> summaries = CommandSummaries.of(PlannerCli.SUBCOMMANDS);

  @Test
  void helpListingTheSummariesIsTheHelpOfACommandHoldingThemAsSubcommands() {
    CommandLine holding = top();
    summaries.forEach(summary -> holding.addSubcommand(summary.name(), TopLevelHelp.standIn(summary)));
    CommandLine listing = top();
    TopLevelHelp.listSummaries(listing, summaries);

    assertThat(listing.getSubcommands()).isEmpty();
    assertThat(listing.getUsageMessage(Help.Ansi.OFF)).isEqualTo(holding.getUsageMessage(Help.Ansi.OFF))
        .contains("Usage: planner [-hV] [COMMAND]", "Commands:", "  plan ");
    assertThat(listing.getUsageMessage(Help.Ansi.ON)).isEqualTo(holding.getUsageMessage(Help.Ansi.ON));
  }

  private static CommandLine top() {
    return new CommandLine(new PlannerCommand(Environment.system()).commandSpec(CommandLine.defaultFactory()));
  }
}
