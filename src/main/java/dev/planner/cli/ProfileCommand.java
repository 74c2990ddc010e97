package dev.planner.cli;

import dev.planner.model.Preferences;
import dev.planner.model.Profile;
import dev.planner.model.SessionType;
import dev.planner.rendering.AtomicFileWriter;
import dev.planner.rendering.Json;
import dev.planner.rendering.OutputFormat;
import dev.planner.rendering.ProfileWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planner profile}: write a starter profile, or show the one in effect and where it came from. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = "Write a starter profile, or show the profile in effect.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  planner profile init --like crossplane 'supply chain=3' --avoid ai -o ~/.config/planner/profile.yaml",
      "  planner profile show --format json"
    },
    subcommands = {ProfileCommand.Init.class, ProfileCommand.Show.class})
final class ProfileCommand extends CommandGroup {

  /** {@code planner profile init}: a starter profile from words on the command line, without questions. */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = "Write a starter profile from words you like and avoid (non-interactive).",
      footerHeading = "%nExamples:%n",
      footer = {
        "  planner profile init --like crossplane security --avoid ai > profile.yaml",
        "  planner profile init --like 'platform engineering=3' --track Security -o ~/.config/planner/profile.yaml",
        "  planner profile init --from-agenda my-schedule.ics --schedule all.ics -o ~/.config/planner/profile.yaml"
      })
  static final class Init implements Callable<Integer> {
    /** The weight of a word given without one: clearly wanted, leaving room for stronger ones. */
    static final double DEFAULT_WEIGHT = 2;

    @Spec CommandSpec spec;
    @Mixin CommonOptions common;
    @Mixin ScheduleOptions scheduleOptions;

    @Option(names = "--from-agenda", paramLabel = "FILE|URL",
        description = "The talks you starred (an .ics such as Sched's personal feed or pretalx's faved.ics, "
            + "or one session id or title per line): they become must-see, and what they share your interests.")
    String fromAgenda;

    @Option(names = "--like", paramLabel = "WORD[=WEIGHT]", arity = "1..*", split = ",",
        description = "Words or phrases you want (weight 2 unless given, e.g. crossplane=3); commas separate them too.")
    List<String> likes = new ArrayList<>();

    @Option(names = "--avoid", paramLabel = "WORD[=WEIGHT]", arity = "1..*", split = ",",
        description = "Words, phrases or session types you do not want (e.g. ai, sponsored); commas separate them too.")
    List<String> avoids = new ArrayList<>();

    @Option(names = "--track", paramLabel = "TRACK[=WEIGHT]", description = "A track you prefer (repeatable).")
    List<String> tracks = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
      CommandContext context = new CommandContext(spec, common);
      Map<String, Double> interests = new LinkedHashMap<>();
      Map<SessionType, Double> types = new LinkedHashMap<>();
      weighted(context, "--like", likes).forEach(interests::put);
      weighted(context, "--avoid", avoids).forEach((term, weight) -> avoid(term, weight, interests, types));
      Map<String, Double> preferredTracks = weighted(context, "--track", tracks);
      Profile profile = new Profile(interests, preferredTracks, types,
          List.of(), List.of(), List.of(), List.of(), Preferences.DEFAULT);
      if (fromAgenda != null) {
        Profile starred = StarredAgenda.profile(context, scheduleOptions.load(context), fromAgenda, interests, preferredTracks);
        profile = new Profile(starred.interests(), starred.tracks(), types, starred.speakers(), List.of(),
            starred.mustSee(), List.of(), Preferences.DEFAULT);
      }
      String yaml = ProfileWriter.yaml(profile, List.of(
          "A planner profile: see docs/profile.md for every key.",
          "Use it with --profile FILE, $PLANNER_PROFILE, or save it as ~/.config/planner/profile.yaml."));
      if (output == null) {
        context.out().print(yaml);
        context.out().flush();
        return ExitCodes.OK;
      }
      if (Files.exists(output) && !force) {
        throw context.usage(output + " exists; pass --force to replace it");
      }
      AtomicFileWriter.write(output, yaml);
      context.hint("wrote " + output);
      return ExitCodes.OK;
    }

    /** An avoided type name lowers the type, as in a profile file; anything else is an avoided word. */
    private static void avoid(String term, double weight, Map<String, Double> interests, Map<SessionType, Double> types) {
      try {
        types.put(SessionType.fromLabel(term), -weight);
      } catch (IllegalArgumentException notAType) {
        interests.merge(term, -weight, Double::sum);
      }
    }

    private static Map<String, Double> weighted(CommandContext context, String option, List<String> values) {
      Map<String, Double> weights = new LinkedHashMap<>();
      for (String value : values) {
        int equals = value.lastIndexOf('=');
        String term = (equals < 0 ? value : value.substring(0, equals)).trim();
        if (term.isEmpty()) {
          throw context.usage(option + ": '" + value + "' names no word");
        }
        weights.put(term, equals < 0 ? DEFAULT_WEIGHT : weight(context, option, value.substring(equals + 1)));
      }
      return weights;
    }

    private static double weight(CommandContext context, String option, String text) {
      try {
        double weight = Double.parseDouble(text.trim());
        if (weight > 0 && weight <= 100) {
          return weight;
        }
      } catch (NumberFormatException e) {
        // Reported below with the accepted range.
      }
      throw context.usage(option + ": weight '" + text + "' must be a number above 0 and at most 100");
    }
  }

  /** {@code planner profile show}: the profile in effect, as YAML or JSON, and where it came from. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = "Show the profile in effect and where it came from (--profile, $PLANNER_PROFILE or the default location).",
      footerHeading = "%nExamples:%n",
      footer = {
        "  planner profile show",
        "  PLANNER_PROFILE=examples/profile.yaml planner profile show --format json | jq .profile.interests"
      })
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProfileOptions profileOptions;
    @Mixin OutputOptions output;
    @Mixin CommonOptions common;

    @Override
    public Integer call() throws Exception {
      CommandContext context = new CommandContext(spec, common);
      OutputFormat format = output.format(context, EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON));
      Optional<Path> location = profileOptions.location(context.environment());
      String origin = profileOptions.origin(context.environment());
      Profile profile = profileOptions.load(context);
      if (format == OutputFormat.JSON) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("source", origin);
        record.put("path", location.map(Path::toString).orElse(null));
        record.put("profile", ProfileWriter.record(profile));
        output.emit(context, Json.write(record));
        return ExitCodes.OK;
      }
      String from = location.map(path -> "from " + path + " (chosen by " + origin + ")")
          .orElse("none found: every talk counts the same");
      output.emit(context, ProfileWriter.yaml(profile, List.of("The profile in effect: " + from + ".")));
      return ExitCodes.OK;
    }
  }
}
