package dev.planner.cli;

import dev.planner.importing.userfiles.ConfigFileReader;
import dev.planner.rendering.Column;
import dev.planner.rendering.Listing;
import dev.planner.rendering.OutputFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code planner config}: the defaults that flags, variables and the config file give. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = "Show the effective defaults and where each comes from.",
    footerHeading = "%nExamples:%n",
    footer = {"  planner config show", "  PLANNER_SCHEDULE=feed.yaml planner config show --format json"},
    subcommands = ConfigCommand.Show.class)
final class ConfigCommand extends CommandGroup {

  /** {@code planner config show}: each key, its value, and whether a flag, a variable, the file or the default set it. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = "Print the effective value of each default and where it came from: a flag, an environment "
          + "variable, the config file (~/.config/planner/config.yaml) or the built-in default. Flags "
          + "win over variables, variables over the file.",
      footerHeading = "%nExamples:%n",
      footer = {"  planner config show", "  planner config show --backups 3 --format json"})
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ScheduleOptions scheduleOptions;
    @Mixin ProfileOptions profileOptions;
    @Mixin OutputOptions output;
    @Mixin CommonOptions common;

    @Option(names = "--backups", paramLabel = "N", description = "Backups per window, as plan and export take it.")
    Integer backups;

    @Option(names = "--reminder", paramLabel = "MINUTES", description = "Reminder minutes, as export takes it.")
    Integer reminder;

    @Override
    public Integer call() throws Exception {
      CommandContext context = new CommandContext(spec, common);
      OutputFormat format = output.format(context, OutputFormat.records());
      ConfiguredDefaults defaults = (ConfiguredDefaults) spec.root().commandLine().getDefaultValueProvider();
      List<Map<String, Object>> records = new ArrayList<>();
      for (ConfiguredDefaults.Key key : ConfiguredDefaults.KEYS) {
        records.add(record(key, defaults, context.environment()));
      }
      Listing listing = new Listing(List.of(Column.left("key", "Key"), Column.left("value", "Value"),
          Column.left("source", "Source")), records);
      output.emit(context, output.listingRenderer(context).render(listing, format));
      return ExitCodes.OK;
    }

    private Map<String, Object> record(ConfiguredDefaults.Key key, ConfiguredDefaults defaults, Environment environment) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("key", key.name());
      ParseResult parsed = spec.commandLine().getParseResult();
      Optional<ConfigFileReader.Setting> inFile = defaults == null ? Optional.empty() : defaults.config().setting(key.name());
      if (parsed.hasMatchedOption(key.option())) {
        OptionSpec option = spec.findOption(key.option());
        Object value = option.getValue();
        record.put("value", value instanceof OutputFormat chosen ? chosen.label() : String.valueOf(value));
        record.put("source", "flag " + key.option());
      } else if (defaults != null && defaults.setByVariable(key)) {
        String variable = key.variable().orElseThrow();
        record.put("value", environment.variable(variable).orElseThrow());
        record.put("source", "environment $" + variable);
      } else if (inFile.isPresent()) {
        record.put("value", inFile.get().value());
        record.put("source", "config file " + defaults.config().source() + ":" + inFile.get().line());
      } else {
        record.put("value", key.builtIn());
        record.put("source", "default");
      }
      return record;
    }
  }
}
