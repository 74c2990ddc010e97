package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandSummariesTest {
  @Test
  void theSummariesTheBuildWroteAreTheSubcommandsAnnotationsInTheirOrder() {
    assertThat(CommandSummaries.class.getResource(CommandSummaries.RESOURCE)).isNotNull();
    assertThat(CommandSummaries.of(PlannerCli.SUBCOMMANDS))
        .isEqualTo(CommandSummaries.fromAnnotations(PlannerCli.SUBCOMMANDS))
        .extracting(CommandSummaries.Summary::name).startsWith("talks", "rooms", "plan");
  }

  @Test
  void summariesReadBackAsWritten() {
    List<CommandSummaries.Summary> summaries = List.of(
        new CommandSummaries.Summary("plan", List.of("Plan a day.", "Second line, with 'quotes' and %n.")),
        new CommandSummaries.Summary("bare", List.of()));
    assertThat(CommandSummaries.parse(CommandSummaries.format(summaries))).isEqualTo(summaries);
  }

  @Test
  void aDescriptionThatCannotBeWrittenOnOneLineIsRefused() {
    assertThatThrownBy(() -> CommandSummaries.format(List.of(new CommandSummaries.Summary("x", List.of("a\tb")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
  }
}
