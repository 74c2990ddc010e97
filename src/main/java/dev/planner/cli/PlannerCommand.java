package dev.planner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of the command tree, {@code planner}, holding the process environment; PlannerCli adds the subcommands. */
@Command(
    name = "planner",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = "Plan a conference day: rank talks by your interests, predict which rooms will be full, "
        + "and pick a talk per time window with when to arrive and where to go if the door is closed.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  planner plan --day wednesday",
      "  planner talks --day wed --search crossplane",
      "  planner rooms --format json | jq '.[] | select(.capacity < 200)'"
    })
public final class PlannerCommand implements Callable<Integer> {
  private final Environment environment;

  @Spec CommandSpec spec;

  public PlannerCommand(Environment environment) {
    this.environment = environment;
  }

  Environment environment() {
    return environment;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
