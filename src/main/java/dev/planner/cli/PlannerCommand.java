package dev.planner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The top of the command tree, {@code planner}, holding the process environment; PlannerCli adds the
 * subcommands. Its command model is built by hand rather than read from annotations: reading the
 * first annotation of a run costs more than the rest of {@code planner --help}.
 */
public final class PlannerCommand implements Callable<Integer> {
  private static final String DESCRIPTION = "Plan a conference day: rank talks by your interests, predict which rooms "
      + "will be full, and pick a talk per time window with when to arrive and where to go if the door is closed.";
  private static final String[] EXAMPLES = {
    "  planner plan --day wednesday",
    "  planner talks --day wed --search crossplane",
    "  planner rooms --format json | jq '.[] | select(.capacity < 200)'"
  };

  private final Environment environment;
  private CommandSpec spec;

  public PlannerCommand(Environment environment) {
    this.environment = environment;
  }

  Environment environment() {
    return environment;
  }

  /**
   * The command's model: its name, version, description, examples and the standard help options,
   * with the factory its command line makes objects with.
   */
  CommandSpec commandSpec(IFactory factory) {
    spec = CommandSpec.wrapWithoutInspection(this, factory).name("planner").versionProvider(new VersionProvider());
    spec.usageMessage().description(DESCRIPTION).sortOptions(false).footerHeading("%nExamples:%n").footer(EXAMPLES);
    // The options picocli's standard help mixin declares, with its names and descriptions.
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    return spec;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
