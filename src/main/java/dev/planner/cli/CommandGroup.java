package dev.planner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only holds subcommands: run alone, it shows its usage and fails as a usage error.
 * (Marked a command, with nothing of its own, so that picocli's annotation processor accepts its
 * {@code @Spec}.)
 */
@Command
abstract class CommandGroup implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
