package dev.planner.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the planner takes from the process around it (variables, standard input, clock, home
 * directory, whether stdout is a terminal), injected so that tests control all of it.
 */
public record Environment(
    Map<String, String> variables, InputStream stdin, Clock clock, Path home, boolean terminal) {

  public Environment {
    variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(home, "home");
  }

  /**
   * The real process: its environment, stdin, the system clock, and the user's home. The clock is in
   * UTC: every reading of it is turned into the schedule's zone, and looking up the machine's own
   * zone costs more than most of a run's work.
   */
  public static Environment system() {
    return new Environment(System.getenv(), System.in, Clock.systemUTC(),
        Path.of(System.getProperty("user.home")), System.console() != null);
  }

  public Optional<String> variable(String name) {
    return Optional.ofNullable(nonBlank(name));
  }

  /** Where per-user files live: {@code $XDG_CONFIG_HOME/planner}, else {@code ~/.config/planner}. */
  public Path configDirectory() {
    String configured = nonBlank("XDG_CONFIG_HOME");
    return (configured == null ? home.resolve(".config") : Path.of(configured)).resolve("planner");
  }

  /** Where the planner keeps what it records: {@code $XDG_STATE_HOME/planner}, else {@code ~/.local/state/planner}. */
  public Path stateDirectory() {
    String configured = nonBlank("XDG_STATE_HOME");
    return (configured == null ? home.resolve(".local").resolve("state") : Path.of(configured)).resolve("planner");
  }

  /**
   * A variable's value, or null when it is unset or blank. Written without lambdas, as is the rest of
   * a run's path: linking each one costs a short run a fraction of a millisecond.
   */
  private String nonBlank(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * The terminal's width in columns, from {@code COLUMNS} (which the launchers set from the terminal
   * when stdout is one); empty when unset or not a positive number.
   */
  public OptionalInt columns() {
    Optional<String> text = variable("COLUMNS");
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      int value = Integer.parseInt(text.get().strip());
      return value > 0 ? OptionalInt.of(value) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /** Colour only on a terminal, and never when {@code NO_COLOR} is set to anything. */
  public boolean colourAllowed() {
    return terminal && !variables.containsKey("NO_COLOR");
  }
}
