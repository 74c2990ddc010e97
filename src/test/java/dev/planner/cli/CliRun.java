package dev.planner.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Runs the planner in-process with captured streams, a fixed clock and a chosen environment. */
public final class CliRun {
  public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2024-03-20T08:00:00Z"), ZoneId.of("Europe/Paris"));

  private final Map<String, String> variables = new HashMap<>();
  private String stdin = "";
  private Path home = Path.of("/nonexistent-home");
  private Clock clock = FIXED_CLOCK;
  private boolean terminal;

  public static CliRun planner() {
    return new CliRun();
  }

  public CliRun env(String name, String value) {
    variables.put(name, value);
    return this;
  }

  public CliRun stdin(String text) {
    this.stdin = text;
    return this;
  }

  public CliRun home(Path directory) {
    this.home = directory;
    return this;
  }

  public CliRun clock(Clock fixed) {
    this.clock = fixed;
    return this;
  }

  public CliRun terminal() {
    this.terminal = true;
    return this;
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment environment = new Environment(variables,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), clock, home, terminal);
    int code = PlannerCli.execute(environment, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** What one run left behind. */
  public record Result(int exitCode, String out, String err) {}
}
