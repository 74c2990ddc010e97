package dev.planner.cli;

import picocli.CommandLine.Option;

/** Options every command has: how much it says on stderr. */
public final class CommonOptions {
  @Option(names = "--quiet", description = "Print no hints or warnings on stderr, only errors.")
  boolean quiet;

  @Option(names = "--debug", description = "Show stack traces of errors.")
  boolean debug;
}
