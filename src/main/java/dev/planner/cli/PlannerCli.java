package dev.planner.cli;

import dev.planner.importing.Diagnostic;
import dev.planner.importing.Diagnostics;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.SourceUnavailableException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.ParseResult;

/**
 * Builds the command line and maps every failure to its exit code and one clear message; stack
 * traces only with {@code --debug}.
 */
public final class PlannerCli {
  /** Errors of one input shown one by one before the rest are only counted. */
  private static final int ERRORS_SHOWN = 20;

  private PlannerCli() {}

  /** The subcommands, in the order the help lists them. */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      TalksCommand.class,
      RoomsCommand.class,
      PlanCommand.class,
      RankCommand.class,
      RiskCommand.class,
      CalibrateCommand.class,
      ObserveCommand.class,
      ProfileCommand.class,
      ImportCommand.class,
      DiffCommand.class,
      ExportCommand.class,
      CompletionCommand.class,
      ConfigCommand.class);

  /** Runs one command line to its exit code, writing to the given streams. */
  public static int execute(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    ConfiguredDefaults defaults;
    try {
      defaults = ConfiguredDefaults.load(environment);
    } catch (InvalidInputException e) {
      printDiagnostics(e.diagnostics(), err);
      err.flush();
      return ExitCodes.INVALID_INPUT;
    } catch (SourceUnavailableException e) {
      err.println("planner: " + e.getMessage());
      err.flush();
      return ExitCodes.IO_ERROR;
    }
    CommandLine commandLine = create(environment, out, err, args);
    commandLine.setDefaultValueProvider(defaults);
    return commandLine.execute(args);
  }

  /** The whole command tree, every subcommand built. */
  public static CommandLine create(Environment environment, PrintWriter out, PrintWriter err) {
    return create(environment, out, err, (String[]) null);
  }

  /**
   * The command tree for these arguments ({@code null}: every subcommand built). Picocli reads a
   * command's options by reflection, and gives each command line its own converters, which costs
   * more than most runs of the planner. A run of one subcommand gets that subcommand alone. A run
   * that asks only for the top-level help or the version gets none: the help lists them from their
   * summaries. Any other run gets stand-ins with their names and descriptions, which is all the
   * suggestions for a mistyped command read.
   */
  private static CommandLine create(Environment environment, PrintWriter out, PrintWriter err, String[] args) {
    IFactory factory = new DeclaredConstructorFactory();
    CommandLine commandLine = new CommandLine(new PlannerCommand(environment).commandSpec(factory), factory);
    List<CommandSummaries.Summary> summaries = CommandSummaries.of(SUBCOMMANDS);
    int alone = args == null ? -1 : indexOf(summaries, args.length == 0 ? "" : args[0]);
    boolean onlyHelp = args != null && asksOnlyForHelp(args);
    if (onlyHelp) {
      TopLevelHelp.listSummaries(commandLine, summaries);
    }
    for (int i = 0; i < SUBCOMMANDS.size(); i++) {
      CommandSummaries.Summary summary = summaries.get(i);
      if (args == null || i == alone) {
        commandLine.addSubcommand(summary.name(), RecordedCommands.commandLine(SUBCOMMANDS.get(i), factory));
      } else if (alone < 0 && !onlyHelp) {
        commandLine.addSubcommand(summary.name(), TopLevelHelp.standIn(summary));
      }
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new FailureHandler());
    commandLine.setParameterExceptionHandler(new UsageHandler());
    addExitCodeHelp(commandLine);
    return commandLine;
  }

  /** No arguments, or only the top-level help or version option. */
  static boolean asksOnlyForHelp(String[] args) {
    return args.length == 0 || args.length == 1 && List.of("--help", "-h", "--version", "-V").contains(args[0]);
  }

  /** The place of the subcommand of that name, or -1. */
  private static int indexOf(List<CommandSummaries.Summary> summaries, String name) {
    for (int i = 0; i < summaries.size(); i++) {
      if (summaries.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static void addExitCodeHelp(CommandLine commandLine) {
    commandLine.getCommandSpec().usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(ExitCodes.helpList());
    commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, new UnwrappedFooter());
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      addExitCodeHelp(subcommand);
    }
  }

  /**
   * The footer line by line as written: its examples are commands to paste, which picocli would wrap
   * at 80 columns, even inside quotes.
   */
  private static final class UnwrappedFooter implements CommandLine.IHelpSectionRenderer {
    @Override
    public String render(CommandLine.Help help) {
      String[] lines = help.commandSpec().usageMessage().footer();
      return lines.length == 0 ? "" : String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }
  }

  private static void printDiagnostics(List<Diagnostic> diagnostics, PrintWriter err) {
    List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
    errors.stream().limit(ERRORS_SHOWN).forEach(diagnostic -> err.println(diagnostic.format()));
    if (errors.size() > ERRORS_SHOWN) {
      err.println("... and " + (errors.size() - ERRORS_SHOWN) + " more errors");
    }
    if (diagnostics.size() > 1) {
      err.println(Diagnostics.summary(diagnostics));
    }
  }

  /** Parse errors: the message, then where to read more. */
  private static final class UsageHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine command = e.getCommandLine();
      PrintWriter err = command.getErr();
      err.println("planner: " + e.getMessage());
      if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
        List<String> near = Suggestions.closest(command, unmatched.getUnmatched().get(0));
        if (!near.isEmpty()) {
          err.println("Did you mean: " + command.getCommandSpec().qualifiedName() + " "
              + String.join(" or ", near.subList(0, Math.min(3, near.size()))) + "?");
        }
      }
      err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return ExitCodes.USAGE;
    }
  }

  /** Failures while a command runs, mapped to exit codes. */
  private static final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
      PrintWriter err = command.getErr();
      int code = report(e, err);
      if (debug(parseResult)) {
        e.printStackTrace(err);
      }
      err.flush();
      return code;
    }

    private static int report(Exception e, PrintWriter err) {
      if (e instanceof UsageException) {
        err.println("planner: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      if (e instanceof InvalidInputException invalid) {
        printDiagnostics(invalid.diagnostics(), err);
        return ExitCodes.INVALID_INPUT;
      }
      if (e instanceof IOException || e instanceof UncheckedIOException) {
        err.println("planner: " + describe(e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e));
        return ExitCodes.IO_ERROR;
      }
      err.println("planner: internal error: " + describe(e) + " (run again with --debug for details, and please report it)");
      return ExitCodes.INTERNAL_ERROR;
    }

    private static String describe(Throwable e) {
      String message = e.getMessage();
      return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static boolean debug(ParseResult parseResult) {
      for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
        if (level.hasMatchedOption("--debug")) {
          return true;
        }
      }
      return false;
    }
  }
}
