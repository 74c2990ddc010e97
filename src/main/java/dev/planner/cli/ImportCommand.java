package dev.planner.cli;

import dev.planner.model.Schedule;
import dev.planner.rendering.AtomicFileWriter;
import dev.planner.rendering.YamlScheduleWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code planner import}: any supported schedule format converted to the planner's own YAML. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Convert a schedule in any supported format (iCalendar, frab XML or JSON, schedule2, Sessionize, "
        + "our YAML) to the planner's YAML, on stdout or into a file.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  planner import https://example.sched.com/all.ics --timezone Europe/Amsterdam -o schedule.yaml",
      "  planner import schedule.xml --timezone Europe/Brussels --rooms capacities.csv > schedule.yaml"
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SOURCE", description = "A file, an http(s) URL, or - for stdin.")
  String source;

  @Mixin ScheduleOptions reading;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the YAML to FILE (replaced whole, never half-written) instead of stdout.")
  Path output;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    CommandContext context = new CommandContext(spec, common);
    reading.warnEveryTime();
    Schedule schedule = reading.loadFrom(context, source);
    String yaml = new YamlScheduleWriter().write(schedule);
    if (output == null) {
      context.out().print(yaml);
      context.out().flush();
    } else {
      AtomicFileWriter.write(output, yaml);
      context.hint("wrote " + schedule.sessions().size() + " sessions to " + output);
    }
    return ExitCodes.OK;
  }
}
