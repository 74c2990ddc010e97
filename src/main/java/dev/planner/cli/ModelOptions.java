package dev.planner.cli;

import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.importing.SourceLoader;
import dev.planner.importing.SourceUnavailableException;
import dev.planner.overflow.OverflowParameters;
import picocli.CommandLine.Option;

/** The option that overrides the overflow model's parameters. */
public final class ModelOptions {
  @Option(names = "--model", paramLabel = "FILE",
      description = "Override overflow model parameters from a YAML file (see docs/overflow-model.md).")
  String model;

  /** The shipped defaults, with the user's file laid over them. */
  OverflowParameters parameters(CommandContext context) throws SourceUnavailableException {
    OverflowParameters defaults = ModelFileReader.defaults();
    if (model == null) {
      return defaults;
    }
    return ModelFileReader.read(new SourceLoader(context.environment().stdin()).load(model), defaults);
  }
}
