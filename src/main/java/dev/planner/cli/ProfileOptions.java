package dev.planner.cli;

import dev.planner.importing.userfiles.ProfileReader;
import dev.planner.importing.SourceLoader;
import dev.planner.importing.SourceUnavailableException;
import dev.planner.model.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The option that chooses the attendee's profile, with its defaults. */
public final class ProfileOptions {
  @Option(names = {"-p", "--profile"}, paramLabel = "FILE",
      description = "Your interests and preferences (YAML). Default: $PLANNER_PROFILE, else ~/.config/planner/profile.yaml.")
  String profile;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** Where the effective profile comes from, for messages and {@code profile show}. */
  Optional<Path> location(Environment environment) {
    if (profile != null) {
      return Optional.of(Path.of(profile));
    }
    Optional<String> fromVariable = environment.variable("PLANNER_PROFILE");
    if (fromVariable.isPresent()) {
      return Optional.of(Path.of(fromVariable.get()));
    }
    Path standard = environment.configDirectory().resolve("profile.yaml");
    return Files.isRegularFile(standard) ? Optional.of(standard) : Optional.empty();
  }

  /** How the effective profile was chosen, for {@code profile show}. */
  String origin(Environment environment) {
    if (profile != null) {
      boolean onTheCommandLine = command == null || command.commandLine() == null
          || command.commandLine().getParseResult() == null
          || command.commandLine().getParseResult().hasMatchedOption("--profile");
      return onTheCommandLine ? "--profile" : "the config file (" + ConfiguredDefaults.file(environment) + ")";
    }
    if (environment.variable("PLANNER_PROFILE").isPresent()) {
      return "$PLANNER_PROFILE";
    }
    return location(environment).isPresent() ? "the default location" : "nowhere";
  }

  /** The profile to use; without one, every talk counts the same and a hint says how to make one. */
  Profile load(CommandContext context) throws SourceUnavailableException {
    Optional<Path> path = location(context.environment());
    if (path.isEmpty()) {
      context.hint("no profile, so every talk counts the same; write one with 'planner profile init' or pass --profile");
      return Profile.EMPTY;
    }
    return new ProfileReader().read(new SourceLoader(context.environment().stdin()).load(path.get().toString()));
  }
}
