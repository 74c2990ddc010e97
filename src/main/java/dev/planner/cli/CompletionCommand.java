package dev.planner.cli;

import dev.planner.importing.SourceLoader;
import dev.planner.model.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code planner completion}: a script that completes the planner's commands and options in a shell. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Print a completion script for bash or zsh.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(planner completion bash)                       # bash, this shell",
      "  planner completion bash > ~/.local/share/bash-completion/completions/planner",
      "  source <(planner completion zsh)                        # zsh, e.g. in ~/.zshrc"
    })
final class CompletionCommand implements Callable<Integer> {
  /** Lets zsh run the bash script through its bash completion layer. */
  static final String ZSH_PREAMBLE = "# planner completion for zsh, through its bash completion layer\n"
      + "autoload -U +X bashcompinit && bashcompinit\n";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  String shell;

  /**
   * The days {@code --day} completes to: the lower-case weekday names of the bundled schedule, or every
   * weekday when another schedule is the default ($PLANNER_SCHEDULE), since a script cannot read a feed.
   */
  private List<String> dayNames() {
    Environment environment = ((PlannerCommand) spec.root().userObject()).environment();
    List<LocalDate> days = environment.variable("PLANNER_SCHEDULE").isPresent()
        ? List.of()
        : new SourceLoader(environment.stdin()).bundledSnapshot().map(Schedule::days).orElse(List.of());
    List<DayOfWeek> weekdays = days.isEmpty()
        ? List.of(DayOfWeek.values())
        : days.stream().map(LocalDate::getDayOfWeek).distinct().toList();
    return weekdays.stream().map(day -> day.name().toLowerCase(Locale.ROOT)).toList();
  }

  /** Fills in the {@code --day} case that picocli leaves empty (its values are not a fixed set it knows). */
  static String withDays(String script, List<String> days) {
    String values = days.stream().map(day -> "\"" + day + "\"").collect(Collectors.joining(" "));
    return script.replace("    '-d'|'--day')\n      return\n",
        "    '-d'|'--day')\n      local IFS=$'\\n'\n      COMPREPLY=( $( compReplyArray " + values + " ) )\n      return $?\n");
  }

  @Override
  public Integer call() {
    // The running tree holds only this subcommand in full; the script needs every one.
    CommandLine root = PlannerCli.create(((PlannerCommand) spec.root().userObject()).environment(),
        spec.commandLine().getOut(), spec.commandLine().getErr());
    String script = withDays(AutoComplete.bash("planner", root), dayNames());
    switch (shell) {
      case "bash" -> spec.commandLine().getOut().print(script);
      case "zsh" -> spec.commandLine().getOut().print(ZSH_PREAMBLE + script);
      default -> throw new UsageException("completion is for bash or zsh, not '" + shell + "'");
    }
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
