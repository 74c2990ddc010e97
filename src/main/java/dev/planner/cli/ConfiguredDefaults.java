package dev.planner.cli;

import dev.planner.importing.userfiles.ConfigFileReader;
import dev.planner.importing.userfiles.ConfigFileReader.Config;
import dev.planner.importing.SourceLoader;
import dev.planner.importing.SourceUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults below the flags: picocli asks it for every option a command line leaves out. The
 * config file gives them, except where an environment variable says otherwise; the variables
 * themselves are read by the options that own them.
 */
final class ConfiguredDefaults implements IDefaultValueProvider {
  /** A key of the config file, the option it gives a default to, the variable above it, and the built-in default. */
  record Key(String name, String option, Optional<String> variable, String builtIn) {}

  static final List<Key> KEYS = List.of(
      new Key("schedule", "--schedule", Optional.of("PLANNER_SCHEDULE"), "the bundled KubeCon EU 2024 schedule"),
      new Key("profile", "--profile", Optional.of("PLANNER_PROFILE"), "~/.config/planner/profile.yaml when it exists"),
      new Key("timezone", "--timezone", Optional.empty(), "the schedule's own"),
      new Key("attendees", "--attendees", Optional.empty(), "the schedule's own"),
      new Key("format", "--format", Optional.empty(), "table"),
      new Key("backups", "--backups", Optional.empty(), "2"),
      new Key("reminder", "--reminder", Optional.empty(), String.valueOf(CalendarFile.DEFAULT_REMINDER)));

  private final Environment environment;
  private final Config config;

  ConfiguredDefaults(Environment environment, Config config) {
    this.environment = environment;
    this.config = config;
  }

  /** Reads the config file when there is one; a broken file fails every command, naming file and line. */
  static ConfiguredDefaults load(Environment environment) throws SourceUnavailableException {
    Path file = file(environment);
    if (!Files.isRegularFile(file)) {
      return new ConfiguredDefaults(environment, Config.EMPTY);
    }
    Config config = new ConfigFileReader().read(new SourceLoader(environment.stdin()).load(file.toString()));
    return new ConfiguredDefaults(environment, config);
  }

  static Path file(Environment environment) {
    return environment.configDirectory().resolve("config.yaml");
  }

  Config config() {
    return config;
  }

  /** Whether the key's environment variable is set, which puts it above the config file. */
  boolean setByVariable(Key key) {
    return key.variable().flatMap(environment::variable).isPresent();
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    // Asked for every option left out: with no config file read there is nothing to look up.
    if (config == Config.EMPTY || !(argument instanceof OptionSpec option)) {
      return null;
    }
    Optional<Key> key = KEYS.stream().filter(candidate -> candidate.option().equals(option.longestName())).findFirst();
    if (key.isEmpty() || setByVariable(key.get())) {
      return null;
    }
    return config.setting(key.get().name()).map(setting -> expandHome(key.get(), setting.value())).orElse(null);
  }

  /** A path of the file may start with {@code ~/}, as people write them; the shell is not there to expand it. */
  private String expandHome(Key key, String value) {
    boolean isPath = key.name().equals("schedule") || key.name().equals("profile");
    return isPath && value.startsWith("~/") ? environment.home().resolve(value.substring(2)).toString() : value;
  }
}
