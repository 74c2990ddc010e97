package dev.planner.cli;

import java.util.concurrent.Callable;
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

  @Override
  public Integer call() {
    String script = CompletionScript.forEnvironment(((PlannerCommand) spec.root().userObject()).environment(),
        spec.commandLine().getOut(), spec.commandLine().getErr());
    switch (shell) {
      case "bash" -> spec.commandLine().getOut().print(script);
      case "zsh" -> spec.commandLine().getOut().print(ZSH_PREAMBLE + script);
      default -> throw new UsageException("completion is for bash or zsh, not '" + shell + "'");
    }
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
