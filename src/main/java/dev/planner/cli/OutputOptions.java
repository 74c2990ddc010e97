package dev.planner.cli;

import dev.planner.rendering.AtomicFileWriter;
import dev.planner.rendering.ListingRenderer;
import dev.planner.rendering.OutputFormat;
import dev.planner.rendering.Palette;
import dev.planner.rendering.TableWidth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where output goes and in what shape. */
public final class OutputOptions {
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      converter = OutputFormatConverter.class, completionCandidates = CompletionValues.OutputFormats.class,
      description = {"Output format: table, json, csv, tsv or md (some commands also ics, html). Default: ${DEFAULT-VALUE}.",
          "A table on stdout fits the terminal's width (COLUMNS), cutting titles and rooms with an ellipsis; "
              + "other formats and files keep every value whole."})
  OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (replaced whole, never half-written) instead of stdout.")
  Path output;

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  /**
   * The format, if this command offers it. A default from the config file that this command does
   * not offer gives way to the command's first format, since the file speaks for every command.
   */
  OutputFormat format(CommandContext context, Set<OutputFormat> offered) {
    if (!offered.contains(format) && !mixee.commandLine().getParseResult().hasMatchedOption("--format")) {
      return EnumSet.copyOf(offered).iterator().next();
    }
    if (!offered.contains(format)) {
      throw context.usage("--format " + format.label() + " is not offered here; choose one of "
          + offered.stream().map(OutputFormat::label).sorted().toList());
    }
    return format;
  }

  /** Colour for a person at a terminal; plain for files, pipes, NO_COLOR and machine formats. */
  Palette palette(CommandContext context) {
    boolean colour = output == null && format == OutputFormat.TABLE && context.environment().colourAllowed();
    return colour ? Palette.ANSI : Palette.PLAIN;
  }

  /**
   * How wide a table may be: the terminal's width ({@code COLUMNS}) on stdout; no limit in a file or
   * when the width is unknown, so that whole values reach whoever reads them.
   */
  TableWidth tableWidth(CommandContext context) {
    if (output != null) {
      return TableWidth.UNLIMITED;
    }
    return new TableWidth(context.environment().columns());
  }

  /** A renderer of listings for this output: its colours and its table width. */
  ListingRenderer listingRenderer(CommandContext context) {
    return new ListingRenderer(palette(context), tableWidth(context));
  }

  /** Writes the whole output to stdout or, atomically, to the file. */
  void emit(CommandContext context, String content) throws IOException {
    emit(context, output, content);
  }

  /** Writes the whole output to stdout, or atomically to {@code output} when there is one. */
  static void emit(CommandContext context, Path output, String content) throws IOException {
    if (output == null) {
      context.out().print(content);
      context.out().flush();
      return;
    }
    AtomicFileWriter.write(output, content);
    context.hint("wrote " + output);
  }
}
