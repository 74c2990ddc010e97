package dev.planner.cli;

import dev.planner.importing.Diagnostic;
import dev.planner.importing.Diagnostics;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What a running command needs from around it: the environment, its streams, and how loud to be. */
final class CommandContext {
  /** Warnings shown one by one before the rest are only counted. */
  private static final int WARNINGS_SHOWN = 10;

  private final CommandSpec spec;
  private final CommonOptions common;

  CommandContext(CommandSpec spec, CommonOptions common) {
    this.spec = spec;
    this.common = common;
  }

  Environment environment() {
    CommandLine root = spec.commandLine();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    return ((PlannerCommand) root.getCommand()).environment();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  CommandSpec spec() {
    return spec;
  }

  boolean quiet() {
    return common.quiet;
  }

  /** A hint for people (never for scripts): silenced by {@code --quiet}. */
  void hint(String message) {
    if (!common.quiet) {
      err().println("planner: " + message);
      err().flush();
    }
  }

  /** Warnings of an input, the first few in full, then a count. */
  void warnings(List<Diagnostic> warnings) {
    warnings(warnings, Diagnostics.summary(warnings));
  }

  /** Warnings of an input, the first few in full, then a closing line. */
  void warnings(List<Diagnostic> warnings, String closing) {
    if (common.quiet || warnings.isEmpty()) {
      return;
    }
    warnings.stream().limit(WARNINGS_SHOWN).forEach(warning -> err().println(warning.format()));
    if (warnings.size() > WARNINGS_SHOWN) {
      err().println("... and " + (warnings.size() - WARNINGS_SHOWN) + " more warnings");
    }
    err().println(closing);
    err().flush();
  }

  UsageException usage(String message) {
    return new UsageException(message);
  }
}
